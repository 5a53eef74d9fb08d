/**
 * Русский словарь: те же ключи, что в en.ts (TypeScript требует каждый). Термины метода
 * взяты из статьи: восприимчивость к инновациям, инновационная активность, индекс
 * инновационного развития, регион-лидер, индекс специализации Кругмана, перспективные зоны.
 */
import type { Message, MessageKey } from "./en";

export const ru: Record<MessageKey, Message> = {
  // --- common -------------------------------------------------------------------------------
  "common.region": {
    one: "{count} регион",
    few: "{count} региона",
    many: "{count} регионов",
    other: "{count} региона",
  },
  "common.year": "Год",
  "common.yes": "да",
  "common.no": "нет",

  // --- sheet: rating and dynamics sheets ----------------------------------------------------
  "sheet.dynamics": "Динамика",
  "sheet.title": "Инновационное развитие регионов, {year}",
  "sheet.titleCustom": "{title}, {year}",
  "sheet.source":
    "Метод: Киреева и Цой (2018): оценки — % от значения региона-лидера (1), R_IS (2) и R_IA (3) — их средние, индекс = (R_IS + R_IA) / 2 (4); классы по Карачуриной (2010).",
  "sheet.group.raw": "Данные статистического ежегодника",
  "sheet.group.indicators": "Оцениваемые показатели",
  "sheet.group.scores": "Оценки, % от региона-лидера (1)",
  "sheet.group.rating": "Рейтинг",
  "sheet.header.region": "Регион",
  "sheet.header.indicator": "{label} ({source})",
  "sheet.header.printed": "опубликовано",
  "sheet.header.recomputed": "пересчитано",
  "sheet.header.score": "Оценка {code}",
  "sheet.header.susceptibility": "R_IS восприимчивость к инновациям (2)",
  "sheet.header.activity": "R_IA инновационная активность (3)",
  "sheet.header.index": "Индекс (4)",
  "sheet.header.class": "Класс",
  "sheet.header.rank": "Ранг",
  "sheet.header.place": "Место (при равенстве — по порядку в таблице)",
  "sheet.legend.title": "Шкала рейтинга (табл. 1)",
  "sheet.legend.from": "От",
  "sheet.legend.to": "До",
  "sheet.legend.meaning": "Значение",
  "sheet.scale.A++": "сверхвысокий уровень инновационного развития",
  "sheet.scale.A+": "очень высокий уровень инновационного развития",
  "sheet.scale.A": "высокий уровень инновационного развития",
  "sheet.scale.B++": "уровень инновационного развития выше среднего",
  "sheet.scale.B+": "средний уровень инновационного развития",
  "sheet.scale.B": "удовлетворительный уровень инновационного развития",
  "sheet.scale.C++": "уровень инновационного развития ниже среднего",
  "sheet.scale.C+": "низкий уровень инновационного развития",
  "sheet.scale.C": "очень низкий уровень инновационного развития",
  "sheet.scale.D": "неудовлетворительный уровень инновационного развития",
  "sheet.sorted.title": "Регионы по индексу (данные диаграммы)",
  "sheet.sorted.place": "Место",
  "sheet.sorted.index": "Индекс",
  "sheet.chart.title": "Индекс инновационного развития, {year}",
  "sheet.findings.title": "Замечания ({count})",
  "sheet.findings.indicator": "Показатель",
  "sheet.findings.kind": "Вид",
  "sheet.findings.severity": "Важность",
  "sheet.findings.message": "Сообщение",
  "sheet.dynamics.title": "Индекс инновационного развития, {first}–{last}",
  "sheet.dynamics.titleCustom": "{title}: динамика",
  "sheet.dynamics.source":
    "Индекс и класс каждого года (табл. 6); изменение = индекс {last} / индекс {first} × 100.",
  "sheet.dynamics.index": "Индекс {year}",
  "sheet.dynamics.class": "Класс {year}",
  "sheet.dynamics.change": "{last} в % к {first}",
  "sheet.dynamics.movement": "Изменение класса",
  "sheet.field.grp": "ВРП, млн тенге",
  "sheet.field.employed": "Занятые, человек",
  "sheet.field.fixedAssets": "Основные средства, млн тенге",
  "sheet.field.emissions": "Выбросы в атмосферу, тыс. т",
  "sheet.field.rdExpenditure": "Затраты на исследования и разработки, млн тенге",
  "sheet.field.techInnovationExpenditure": "Затраты на технологические инновации, млн тенге",
  "sheet.field.innovativeProducts": "Инновационная продукция, млн тенге",
  "sheet.field.population": "Население, человек",
  "sheet.field.S_D": "S_D производительность труда, тыс. тенге на занятого",
  "sheet.field.S_F": "S_F фондоотдача",
  "sheet.field.S_E": "S_E экологичность, тыс. тенге на т",
  "sheet.field.S_A": "S_A затраты на исследования и разработки на занятого, тенге",
  "sheet.field.S_B": "S_B затраты на технологические инновации на занятого, тенге",
  "sheet.field.S_C": "S_C инновационная продукция на душу населения, тенге",
  "sheet.unit.mlnTenge": "млн тенге",
  "sheet.unit.persons": "человек",
  "sheet.unit.thousandTonnes": "тыс. тонн",

  // --- findings -----------------------------------------------------------------------------
  "finding.severity.error": "ошибка",
  "finding.severity.warning": "предупреждение",
  "finding.severity.info": "примечание",
  "finding.kind.mismatch": "расхождение",
  "finding.kind.implausible": "сомнительно",
  "finding.kind.unreadable": "не читается",
  "finding.kind.missing": "нет значения",
  "finding.kind.excluded-row": "пропуск строки",
  "finding.kind.unmatched-region": "нет в таблице",
  "finding.kind.duplicate-region": "повтор региона",
  "finding.kind.missing-indicator": "нет показателя",
  "finding.kind.dominant-leader": "лидер-доминант",
  "finding.kind.source": "источник",
  "finding.mismatch":
    "{region}, {code}: опубликовано {printed}, но {formula} = {computed} в той же строке (расхождение {percent}%)",
  "finding.formula.S_D": "ВРП × 1000 / занятые",
  "finding.formula.S_F": "ВРП / основные средства",
  "finding.formula.S_E": "ВРП / выбросы",
  "finding.formula.S_A": "затраты на исследования и разработки × 10⁶ / занятые",
  "finding.formula.S_B": "затраты на технологические инновации × 10⁶ / занятые",
  "finding.formula.S_C": "инновационная продукция × 10⁶ / население",
  "finding.populationBelowEmployed":
    "{region}: население {population} меньше числа занятых ({employed})",
  "finding.impliedPopulation":
    "{region}, S_C: {perHead} тенге на душу населения при {products} млн тенге инновационной продукции означает население {implied}, меньше числа занятых ({employed})",
  "finding.negative": "{region}, {field}: отрицательное значение {value}",
  "finding.neitherPrintedNorDerivable":
    "{field}: показатель не опубликован и не может быть рассчитан: нужны столбцы «{numerator}» и «{denominator}»",
  "finding.printedOnly":
    "{code} оценён по опубликованному столбцу: столбца «{denominator}» нет в таблице, пересчитать нельзя",
  "finding.scoredPrinted": "опубликованные {codes}",
  "finding.scoredRaw": "{codes}, пересчитанные из исходных данных",
  "finding.scored": "оценены {what}",
  "finding.scoredPaperWay": "{list} (сначала опубликованные значения, как в статье)",
  "finding.fallbackPrinted":
    "{region}, {code}: нет опубликованного значения, оценено пересчитанное {value}",
  "finding.fallbackRaw":
    "{region}, {code}: нет пересчитанного значения, оценено опубликованное {value}",
  "finding.noValue": "{region}: нет значения {code}",
  "finding.missingValues": {
    one: "{count} значение показателя отсутствует: {list}. Заполните его или выберите правило для пропусков «skip» (среднее по имеющимся) или «zero» (ноль)",
    few: "{count} значения показателей отсутствуют: {list}. Заполните их или выберите правило для пропусков «skip» (среднее по имеющимся) или «zero» (ноль)",
    many: "{count} значений показателей отсутствуют: {list}. Заполните их или выберите правило для пропусков «skip» (среднее по имеющимся) или «zero» (ноль)",
    other:
      "{count} значения показателей отсутствуют: {list}. Заполните их или выберите правило для пропусков «skip» (среднее по имеющимся) или «zero» (ноль)",
  },
  "finding.yearUnknown":
    "год неизвестен: укажите его (--year или имя листа) или напечатайте в заголовке",
  "finding.dominantLeader":
    "{code}: лидирует {region} со значением {value}, в {ratio} раза больше следующего региона, поэтому ни один другой регион не получает оценку выше {best} (асимметрия {skewness} > {skewnessLimit}, эксцесс {kurtosis} > {kurtosisLimit}: правило JRC отмечает столбец; метод не изменён)",
  "finding.excluded": "строка {row} «{text}» пропущена: {reason}",
  "finding.excludedUnnamed": "строка {row} пропущена: {reason}",
  "finding.excluded.blank": "пустая строка",
  "finding.excluded.noFigures": "нет чисел (примечание или заголовок, а не регион)",
  "finding.excluded.noName": "нет названия региона",
  "finding.excluded.numberName": "в ячейке названия число (строка номеров столбцов?)",
  "finding.excluded.total": "итог, а не регион",
  "finding.excluded.notRegion": "не название региона",
  "finding.duplicate":
    "строка {row} «{name}» — тот же регион, что в строке {firstRow} «{firstName}»; используется первая",
  "finding.unreadable": "{region}, {field}: «{text}» не число ({reason})",
  "finding.noFigure": "{region}, {field}: нет значения",
  "finding.noFigureText": "{region}, {field}: нет значения («{text}»)",
  "finding.alsoReadsAs":
    "столбец {column} «{header}» тоже читается как {field}; используется столбец {used}",
  "finding.column": "{field} (столбец {column} «{header}»)",
  "finding.unitUnusable":
    "{column}: единицу {unit} использовать нельзя ({reason}); значения прочитаны как {methodUnit}, как напечатано. Проверьте заголовок",
  "finding.unitMultiplied":
    "{column}: в заголовке указано «{unit}»; значения умножены на {factor} и приведены к единице метода ({methodUnit})",
  "finding.unitDivided":
    "{column}: в заголовке указано «{unit}»; значения разделены на {factor} и приведены к единице метода ({methodUnit})",
  "finding.noUnit":
    "в заголовке {list} нет единицы: значения прочитаны в единицах метода ({units}); значения под заголовком вроде «(тыс. человек)» или «(млрд тенге)» пересчитываются",
  "finding.tableMismatch":
    "{region}: {field} — {earlier} в таблице {first}, но {value} в таблице {table}; используется первое",
  "finding.notInTable":
    "«{region}» есть в таблице {present}, но нет в таблице {absent}: для него нет: {fields}",
  "finding.notRatedInYear": "«{region}» не оценён в {year} г.: изменение для него не рассчитать",
  "finding.noRegionRow":
    "нет столбца названий регионов: ни в одной строке нет названия рядом с числом",
  "finding.noRegionColumn":
    "нет столбца названий регионов: нет заголовка вроде «Регион»/«Өңір» и нет столбца названий",
  "finding.noIndicators":
    "не распознан ни один столбец показателей (ВРП, занятые, основные средства, выбросы, исследования и разработки, технологические инновации, инновационная продукция, население или S_D..S_C); найденные заголовки: {seen}",
  "finding.none": "нет",
  "finding.noRegionRows":
    "нет строк регионов: каждая строка данных — итог, пустая строка или примечание",
  "finding.noTables": "нет таблиц для объединения",
  "finding.differentYears": "таблицы разных лет объединить нельзя: {years}",
  "finding.reason.notNumber": "не число",
  "finding.reason.notFinite": "не конечное число",
  "finding.reason.boolean": "ИСТИНА/ЛОЖЬ — не значение показателя",
  "finding.reason.twoDecimalMarks": "больше одного десятичного разделителя",
  "finding.reason.dotButRu": "точка как десятичный разделитель, а формат чисел «ru»",
  "finding.reason.commaButEn": "запятая как десятичный разделитель, а формат чисел «en»",
  "finding.reason.commaGroupingButRu": "запятая разделяет разряды, а формат чисел «ru»",
  "finding.reason.dotGroupingButEn": "точка разделяет разряды, а формат чисел «en»",
  "finding.reason.ambiguous":
    "«{text}» может быть и десятичной дробью, и числом с разделителем разрядов: укажите формат чисел («ru» или «en»)",
  "finding.reason.badGrouping": "разделители разрядов стоят не на своих местах",
  "finding.unitReason.foreign": "«{unit}» — не единица {dimension}",
  "finding.unitReason.money": "денег в тенге",
  "finding.unitReason.persons": "численности людей",
  "finding.unitReason.mass": "массы",
  "finding.unitReason.multipliers": "в заголовке разные множители",
  "finding.unitReason.noCurrency": "«{unit}» не называет единицу (какая валюта?)",
  "finding.unitReason.noMassUnit": "«{unit}» не называет единицу (тонны?)",
  "finding.unitReason.apart": "«{unit}» стоит отдельно от единицы",
  "finding.unitReason.units": {
    one: "в заголовке {count} разная единица",
    few: "в заголовке {count} разные единицы",
    many: "в заголовке {count} разных единиц",
    other: "в заголовке {count} разных единицы",
  },

  // --- growth poles: specialisation and growth-poles sheets ----------------------------------
  "growth.sheetName": "Полюса роста",

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Справка: growth-poles --help.",

  // --- pane: the task pane ------------------------------------------------------------------
  "pane.title": "Полюса роста",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "во входной ячейке значение ошибки",
};
