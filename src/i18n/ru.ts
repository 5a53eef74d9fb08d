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
  "sheet.leaderRow": "Значение региона-лидера (максимум столбца)",
  "sheet.sortedRow": "Строка в таблице",

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
  "growth.read.noRows": "нет строк регионов: ни в одной строке нет названия рядом с числом",
  "growth.read.noRegionColumn": "нет столбца с названиями регионов",
  "growth.read.noFigures":
    "нет столбца с числами (занятость или выпуск по отраслям либо столбец ИТ)",
  "growth.read.negative":
    "{name}, {column}: «{value}» — отрицательное число, не объём; регион пропущен",
  "growth.read.unreadable": "{name}, {column}: «{value}» — не число",
  "growth.read.itNotFound": "в таблице нет отрасли «{name}»; столбцы: {columns}",
  "growth.read.regionLeftOut": "{name} не входит в расчёт KSI, HHI и LQ: нет данных по {columns}",
  "growth.read.noIt":
    "отрасль ИТ не распознана (секция J, «Информация и связь», ИТ): выберите один из столбцов: {columns}",
  "growth.read.itAllZero": "столбец ИТ «{column}» равен 0 во всех регионах: доли не определены",
  "growth.read.sharesSum": "доли столбца «{column}» в сумме дают {total}, а не около 1",
  "growth.read.yearNotFound": "в таблице нет столбца за {year} год (найдены годы: {years})",
  "growth.spec.noYear": "год таблицы специализации неизвестен: укажите его",
  "growth.spec.zeroRegion":
    "у региона {name} все отрасли равны 0: структуру не с чем сравнивать, регион пропущен",
  "growth.spec.tooFew":
    "меньше двух регионов с данными по всем отраслям: специализацию рассчитать нельзя",
  "growth.spec.zeroIndustry":
    "отрасль «{column}» равна 0 во всех регионах: коэффициенты локализации не определены; уберите этот столбец",
  "growth.spec.cannot": "специализацию рассчитать нельзя: {reason}",
  "growth.reference.rest": "остальная часть страны (сумма всех других регионов; Кругман)",
  "growth.reference.national": "страна в целом, включая регион (как в EconGeo)",
  "growth.reference.mean": "среднее долей других регионов (как в REAT)",
  "growth.tier.high": "наиболее специализированный",
  "growth.tier.medium": "средний",
  "growth.tier.low": "низкий",
  "growth.tier.none": "нет продукции ИТ",
  "growth.spec.sheetName": "Специализация {year}",
  "growth.spec.title": "Специализация регионов, {year}",
  "growth.spec.note":
    "Доли д = объём / итог региона; KSI = сумма |д − доля эталона| (индекс специализации Кругмана), от 0 до 2; HHI = сумма д², нормированный (HHI − 1/К) / (1 − 1/К), К — число отраслей; LQ = д / доля страны; доля ИТ = доля региона в продукции ИТ страны (в статье, табл. 7, «модифицированный KSI»).",
  "growth.spec.noteItShares":
    "Доля ИТ = доля региона в продукции ИТ страны, как напечатано (в статье, табл. 7, «модифицированный KSI»); пустая ячейка — нет данных («-»), а не 0. По одному столбцу ИТ KSI, HHI и LQ не рассчитываются.",
  "growth.spec.noteItOutput":
    "Доля ИТ = продукция ИТ региона / сумма по регионам (в статье, табл. 7, «модифицированный KSI»); пустая ячейка — нет данных («-»), а не 0. По одному столбцу ИТ KSI, HHI и LQ не рассчитываются.",
  "growth.spec.reference": "Эталон для KSI",
  "growth.spec.lqThreshold": "LQ выделяется, если больше",
  "growth.spec.itIndustry": "Отрасль ИТ",
  "growth.spec.noItIndustry": "не распознана",
  "growth.spec.tierHigh": "Наиболее специализированный: доля ИТ от",
  "growth.spec.tierMedium": "Средний: доля ИТ от",
  "growth.spec.groupSizes": "Объёмы, как прочитаны",
  "growth.spec.groupShares": "Доли отраслей в регионе",
  "growth.spec.groupSpecialisation": "Специализация",
  "growth.spec.groupLq": "Коэффициенты локализации",
  "growth.spec.region": "Регион",
  "growth.spec.ksi": "KSI (индекс Кругмана)",
  "growth.spec.hhi": "HHI (индекс Херфиндаля)",
  "growth.spec.hhiNormalised": "HHI нормированный",
  "growth.spec.itShare": "Доля ИТ в стране",
  "growth.spec.tier": "Уровень ИТ",
  "growth.spec.allRegions": "Все регионы (сумма)",
  "growth.spec.noKsi": "нет: один столбец ИТ не даёт структуры отраслей",
  "growth.findings": "Замечания",
  "growth.unmatched.notInSpec":
    "{name}: есть в рейтинге {year} года, но нет в таблице ИТ за {year} год",
  "growth.unmatched.notRated":
    "{name}: есть в таблице ИТ за {year} год, но нет в рейтинге {year} года",
  "growth.reason.noVerdictYear": "ни за один год нет одновременно рейтинга и доли ИТ",
  "growth.reason.notRated": "нет в рейтинге {year} года",
  "growth.reason.leadsFull":
    "регион-лидер рейтинга: класс {class}, место {rank}, индекс {index} (ведущие группы {groups}{top})",
  "growth.reason.notLeadsFull":
    "не лидер рейтинга: класс {class}, место {rank}, индекс {index} (ведущие группы {groups}{top})",
  "growth.reason.orTop": " или первые {top} мест",
  "growth.reason.noItData": "нет данных о продукции ИТ за {year} год",
  "growth.reason.itAtLeastFull": "доля ИТ {share} в стране за {year} год, не ниже минимума {min}",
  "growth.reason.itBelowFull": "доля ИТ {share} в стране за {year} год, ниже минимума {min}",
  "growth.reason.notRatedShort": "нет в рейтинге",
  "growth.reason.leads": "регион-лидер рейтинга",
  "growth.reason.notLeads": "не лидер рейтинга",
  "growth.reason.rank": "место",
  "growth.reason.noItDataShort": "нет данных о продукции ИТ",
  "growth.reason.itAtLeast": "доля ИТ не ниже минимума",
  "growth.reason.itBelow": "доля ИТ ниже минимума",
  "growth.poles.title": "Полюса роста для ИТ-кластеров (перспективные зоны)",
  "growth.poles.note":
    "Кандидат — регион-лидер рейтинга инновационного развития (класс в ведущей группе или место в числе первых) с долей ИТ за {year} год не ниже минимума. Измените порог — вердикты пересчитаются формулами. Последний столбец — для вашего решения.",
  "growth.poles.minItShare": "Минимальная доля ИТ (0–1)",
  "growth.poles.groups": "Ведущие группы (буквы классов)",
  "growth.poles.topRanks": "Первые места тоже лидеры (пусто — не учитывать)",
  "growth.poles.verdictYear": "Вердикт за год",
  "growth.poles.index": "Индекс {year}",
  "growth.poles.class": "Класс {year}",
  "growth.poles.rank": "Место {year}",
  "growth.poles.dynamics": "{last} в % к {first}",
  "growth.poles.itShare": "Доля ИТ {year}",
  "growth.poles.leads": "Лидер рейтинга",
  "growth.poles.specialised": "Специализация на ИТ",
  "growth.poles.verdict": "Вердикт",
  "growth.poles.reasons": "Причины",
  "growth.poles.decision": "Решение экономиста",
  "growth.poles.candidate": "кандидат",
  "growth.poles.notCandidate": "не кандидат",
  "growth.chart.lines": "Линии матрицы",
  "growth.chart.x": "Индекс",
  "growth.chart.y": "Доля ИТ",
  "growth.chart.minLine": "Минимальная доля ИТ",
  "growth.chart.groupLine": "Ведущие группы от",
  "growth.chart.title": "Матрица полюсов роста, {year}",
  "growth.chart.xTitle": "Индекс инновационного развития",
  "growth.chart.yTitle": "Доля в продукции ИТ страны",
  "growth.chart.regions": "Регионы",

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Справка: growth-poles --help.",
  "cli.help": `Запуск: growth-poles rate [--year ГОД ФАЙЛ...]... [параметры]

Рассчитывает рейтинг регионов по индексу инновационного развития (Киреева, Цой 2018) по таблицам
статистического ежегодника и записывает книгу рейтинга: лист на каждый год и лист динамики,
если лет два и больше.

  --year ГОД ФАЙЛ... таблицы года ГОД (.xlsx, ФАЙЛ.xlsx#Лист, .csv, .tsv); файлы одного года
                     объединяются по регионам. Повторите для других лет. Без файлов: прилагаемый
                     пример по Казахстану, 2010 и 2014 годы.
  --out ПУТЬ         книга для записи, файл .xlsx (по умолчанию {file}; с --json только
                     если указан). Пишется во временный файл и занимает место по завершении.
  --force            заменить существующую книгу (но никогда не входной файл)
  --json             вывести рейтинги и замечания одним документом json в стандартный вывод
  --values-only      записать значения вместо формул Excel
  --locale ВИД       как записаны числа в таблицах: auto (по умолчанию), ru ("1 054 074,4"),
                     en ("1,054,074.4")
  --prefer ЧТО       оценивать напечатанные производные показатели (printed, по умолчанию)
                     или пересчитать их по исходным данным (raw)
  --missing ЧТО      пропущенные значения: {refuse} (отказ, по умолчанию), skip (среднее имеющихся),
                     zero (считать нулём)
  --alphabet АБВ     буквы классов в книге: latin (по умолчанию) или cyrillic
  --lang ЯЗЫК        язык сообщений и книги: ru или en (по умолчанию по языку системы:
                     {env})
  {helpFlags}  эта справка
  {versionFlags}  версия

Коды выхода: 0 готово; 1 входной файл не прочитан или не оценён; 2 ошибка в командной строке;
3 книгу или стандартный вывод нельзя записать (она уже есть, это входной файл, нет прав, диск
заполнен; прежний файл не изменён; если читающая программа закрылась раньше, вывод тихо
прекращается); 4 внутренняя ошибка; 130/143 прервано ({signals}).
`,
  "cli.usage.noCommand": "не указана команда: growth-poles rate ...",
  "cli.usage.unknownCommand": "неизвестная команда «{command}»: команда называется «rate»",
  "cli.usage.unknownOption": "неизвестный параметр «{option}»",
  "cli.usage.missingValue": "для {option} нужно значение",
  "cli.usage.noValueTaken": "{option} не принимает значения",
  "cli.usage.badValue": "--{name} может быть только {allowed}, а не «{value}»",
  "cli.usage.yearValue": "для --year нужно значение, например --year 2010",
  "cli.usage.yearNoFiles":
    "для --year {year} не указаны файлы: укажите таблицы после него, например --year {year} таблица.tsv",
  "cli.usage.yearTwice":
    "--year {year} указан дважды: перечислите все его файлы после одного --year",
  "cli.usage.emptyOut": "--out пуст: укажите имя файла книги, например --out {example}",
  "cli.usage.outNotXlsx":
    "--out «{path}»: результат записывается в книгу .xlsx; укажите имя с окончанием .xlsx (для текста есть --json)",
  "cli.input.noFile": "{path}: файла нет; проверьте имя и папку (рабочая папка: {cwd})",
  "cli.input.isFolder": "{path}: это папка, а не таблица; укажите файл .xlsx, .csv или .tsv",
  "cli.input.noAccess":
    "{path}: нет прав на чтение; разрешите себе чтение файла или скопируйте его в свою папку",
  "cli.input.unreadable": "{path}: не удаётся прочитать ({reason})",
  "cli.input.notXlsx":
    "{path}: не читается как книга .xlsx ({reason}); сохраните её из Excel заново как .xlsx или .csv",
  "cli.input.unknownType":
    "{path}: неизвестный тип файла «{ext}»; используйте .xlsx, .csv или .tsv",
  "cli.input.noSheets": "{path}: в книге нет листов",
  "cli.input.noSheet": "{path}: нет листа «{sheet}» (в книге листы {sheets})",
  "cli.input.empty": "{path}: файл пуст",
  "cli.input.table": "{path}: {message}",
  "cli.input.sameYear":
    "два входа относятся к одному году {year}: укажите каждый год один раз через --year",
  "cli.out.exists":
    "{path} уже существует; чтобы заменить его, добавьте --force, или укажите другой путь в --out",
  "cli.out.appeared":
    "{path} создан другой программой во время работы и оставлен как есть; чтобы заменить его, добавьте --force, или укажите другой путь в --out",
  "cli.out.isInput":
    "{path} является одним из входных файлов; укажите в --out другой путь (--force этого не разрешает)",
  "cli.out.dangling":
    "{path} является символической ссылкой на несуществующий {target}; удалите ссылку или укажите другой путь в --out",
  "cli.out.isFolder":
    "{path} является папкой; укажите имя файла с окончанием .xlsx, например --out {example}",
  "cli.out.noFolder":
    "не удаётся записать {path}: папки {folder} нет; создайте её или укажите другой путь в --out",
  "cli.out.noAccess":
    "не удаётся записать {path}: нет прав; укажите в --out папку, куда вы можете писать. Прежний файл не изменён.",
  "cli.out.readOnly":
    "не удаётся записать {path}: файловая система только для чтения; укажите в --out другое место. Прежний файл не изменён.",
  "cli.out.noSpace":
    "не удаётся записать {path}: диск заполнен; освободите место или укажите в --out другой диск. Прежний файл не изменён.",
  "cli.out.tooLarge":
    "не удаётся записать {path}: файл больше, чем разрешено системой (ограничение размера файла, {limit}); увеличьте ограничение или пишите в другое место. Прежний файл не изменён.",
  "cli.out.failed": "не удаётся записать {path} ({reason}). Прежний файл не изменён.",
  "cli.progress.reading": "чтение {path}: строк {count}",
  "cli.progress.rating": "рейтинг {year}: {regions}",
  "cli.progress.writing": "запись {path}",
  "cli.summary.year": "{year}: {regions}",
  "cli.summary.more": "... и ещё {count}",
  "cli.summary.findings": "замечания: {list}",
  "cli.written": "книга записана: {path}",
  "cli.internal":
    "внутренняя ошибка программы (сообщите о ней, приложив выполненную команду): {message}",
  "cli.kind.mismatch": {
    one: "{count} расхождение",
    few: "{count} расхождения",
    many: "{count} расхождений",
    other: "{count} расхождения",
  },
  "cli.kind.implausible": {
    one: "{count} неправдоподобное значение",
    few: "{count} неправдоподобных значения",
    many: "{count} неправдоподобных значений",
    other: "{count} неправдоподобного значения",
  },
  "cli.kind.unreadable": {
    one: "{count} нечитаемая ячейка",
    few: "{count} нечитаемые ячейки",
    many: "{count} нечитаемых ячеек",
    other: "{count} нечитаемой ячейки",
  },
  "cli.kind.missing": {
    one: "{count} пропущенное значение",
    few: "{count} пропущенных значения",
    many: "{count} пропущенных значений",
    other: "{count} пропущенного значения",
  },
  "cli.kind.excluded-row": {
    one: "{count} исключённая строка",
    few: "{count} исключённые строки",
    many: "{count} исключённых строк",
    other: "{count} исключённой строки",
  },
  "cli.kind.unmatched-region": {
    one: "{count} регион без пары",
    few: "{count} региона без пары",
    many: "{count} регионов без пары",
    other: "{count} региона без пары",
  },
  "cli.kind.duplicate-region": {
    one: "{count} повтор региона",
    few: "{count} повтора региона",
    many: "{count} повторов региона",
    other: "{count} повтора региона",
  },
  "cli.kind.missing-indicator": {
    one: "{count} отсутствующий показатель",
    few: "{count} отсутствующих показателя",
    many: "{count} отсутствующих показателей",
    other: "{count} отсутствующего показателя",
  },
  "cli.kind.dominant-leader": {
    one: "{count} столбец с далеко опережающим регионом-лидером",
    few: "{count} столбца с далеко опережающим регионом-лидером",
    many: "{count} столбцов с далеко опережающим регионом-лидером",
    other: "{count} столбца с далеко опережающим регионом-лидером",
  },
  "cli.kind.source": {
    one: "{count} примечание об источнике",
    few: "{count} примечания об источнике",
    many: "{count} примечаний об источнике",
    other: "{count} примечания об источнике",
  },
  "cli.help.stage2": `
Этап 2 (специализация на ИТ, полюса роста):
  --industries ГОД ФАЙЛ... таблицы специализации года ГОД: занятость или выпуск по отраслям
                     (регионы x отрасли) или один столбец ИТ (выпуск ИТ или доли в выпуске ИТ
                     страны, как таблица 7 статьи; из таблицы нескольких лет берётся столбец
                     года ГОД). Повторите для других лет. Год с таблицами отраслей, но без
                     таблиц рейтинга, получает только лист специализации. Без файлов:
                     таблицы 2-7 прилагаемого примера.
  --it-industry ИМЯ  столбец отрасли ИТ (заголовок или его часть), если заголовки не говорят
                     сами (секция J, «Информация и связь», ИТ)
  --reference ЧТО    база KSI: rest (по умолчанию: остальная страна), national, mean
  --min-it-share X   минимальная доля в выпуске ИТ страны для кандидата (по умолчанию 0,01)
  --groups A,B       группы рейтинга, считающиеся лидирующими (по умолчанию A,B)
  --top-ranks N      лидируют и первые N мест рейтинга (по умолчанию не используется)
`,
  "cli.stage2.industriesYear":
    "для --industries нужен год, например --industries 2014 таблица.xlsx",
  "cli.stage2.industriesNoFiles": "--industries {year}: не указаны файлы",
  "cli.stage2.industriesTwice":
    "--industries {year} указан дважды: перечислите все его файлы после одного --industries",
  "cli.stage2.share": "--{name} должно быть числом от 0 до 1, а не «{value}»",
  "cli.stage2.topRanks": "--top-ranks должно быть целым числом от 1, а не «{value}»",
  "cli.stage2.groups":
    "--groups принимает группы рейтинга, например A,B (A, B, C, D), а не «{value}»",
  "cli.stage2.oneTable":
    "--industries {year}: нужна одна таблица специализации на год (указано {count})",
  "cli.stage2.noIt":
    "{path}: отрасль ИТ не распознана (секция J, «Информация и связь», ИТ); укажите --it-industry с одним из столбцов: {columns}",
  "cli.stage2.specYear": "специализация {year}: {regions}; наибольшие доли ИТ: {top}",
  "cli.stage2.poles":
    "полюса роста {year} (доля ИТ не меньше {min}, группы {groups}{top}): {candidates}",
  "cli.stage2.polesTop": ", первые {count} мест",
  "cli.stage2.candidates": {
    one: "{count} кандидат",
    few: "{count} кандидата",
    many: "{count} кандидатов",
    other: "{count} кандидата",
  },

  // --- pane: the task pane ------------------------------------------------------------------
  "pane.title": "Полюса роста",
  "pane.language": "Язык",
  "pane.steps": "Шаги",
  "pane.step.table": "Таблица",
  "pane.step.check": "Проверка",
  "pane.step.build": "Построение",
  "pane.intro":
    "Выделите таблицу ежегодника (названия регионов и столбцы показателей с заголовками) и нажмите «Взять выделенное».",
  "pane.useSelection": "Взять выделенное",
  "pane.addTable": "Добавить таблицу за {year}",
  "pane.addTableThisYear": "Добавить таблицу к этому году",
  "pane.addSecondYear": "Добавить второй год",
  "pane.reading": "Чтение выделенного…",
  "pane.recognised": "Что распознано",
  "pane.yearN": "Год {n}",
  "pane.year.fromHeader": "Найден в заголовке; можно исправить.",
  "pane.year.fromSheet": "Найден в названии листа; можно исправить.",
  "pane.year.typed": "Введён вручную.",
  "pane.year.notFound": "Не найден: введите год.",
  "pane.tableN": "Таблица {n}",
  "pane.remove": "Убрать",
  "pane.removeTable": "Убрать таблицу {n}",
  "pane.usedRange": "В выделении нет данных, поэтому прочитан весь заполненный диапазон листа.",
  "pane.regionColumn": "Регионы: столбец {column} «{header}»",
  "pane.noHeader": "(без заголовка)",
  "pane.columns": {
    one: "Распознан {count} столбец",
    few: "Распознаны {count} столбца",
    many: "Распознано {count} столбцов",
    other: "Распознано {count} столбца",
  },
  "pane.notUsed": "(не использовать)",
  "pane.chooseColumn": "Выберите столбец",
  "pane.columnOf": "Столбец: {field}",
  "pane.leftOut": {
    one: "Пропущена {count} строка",
    few: "Пропущены {count} строки",
    many: "Пропущено {count} строк",
    other: "Пропущено {count} строки",
  },
  "pane.rowLeftOut": "Строка {row}{text}: {reason}",
  "pane.missingGroup": "{code}: нет данных",
  "pane.missingIndicator":
    "Нет показателя {code} ({name}): укажите его столбец или столбцы «{inputs}», чтобы рассчитать его. Не найдены: {absent}.",
  "pane.and": "» и «",
  "pane.missingValues": {
    one: "Не хватает {count} значения показателя: {list}. Заполните его и снова возьмите выделенное или выберите в разделе «{option}» ниже: «{skip}» или «{zero}».",
    few: "Не хватает {count} значений показателей: {list}. Заполните их и снова возьмите выделенное или выберите в разделе «{option}» ниже: «{skip}» или «{zero}».",
    many: "Не хватает {count} значений показателей: {list}. Заполните их и снова возьмите выделенное или выберите в разделе «{option}» ниже: «{skip}» или «{zero}».",
    other:
      "Не хватает {count} значения показателей: {list}. Заполните их и снова возьмите выделенное или выберите в разделе «{option}» ниже: «{skip}» или «{zero}».",
  },
  "pane.yearUnknown":
    "Год неизвестен: введите его в поле «Год» (его нет ни в заголовках, ни в названии листа).",
  "pane.blocked.start": "Выделите таблицу ежегодника и нажмите «Взять выделенное».",
  "pane.blocked.inYear": "Год {n}: {message}",
  "pane.blocked.sameYear": "Оба года — {year}: измените один из них.",
  "pane.options": "Параметры",
  "pane.missing.label": "Пропущенные значения",
  "pane.missing.error": "Не строить (по умолчанию)",
  "pane.missing.skip": "Пропустить: среднее по имеющимся показателям",
  "pane.missing.zero": "Считать нулём",
  "pane.cells.label": "Ячейки",
  "pane.cells.formulas": "Формулы Excel (пересчитываются)",
  "pane.cells.values": "Только значения",
  "pane.classes.label": "Буквы классов",
  "pane.classes.latin": "Латинские буквы: {letters}",
  "pane.classes.cyrillic": "Кириллица, как в статье: {letters} (у D нет кириллической формы)",
  "pane.build": "Построить лист рейтинга",
  "pane.building": "Строится лист рейтинга",
  "pane.progress.layout": "Разметка листа",
  "pane.progress.names": "Проверка имён листов",
  "pane.progress.adding": "Добавление листа",
  "pane.progress.writing": "Запись ячеек",
  "pane.progress.done": "Готово",
  "pane.built": "Добавлен лист «{sheet}». Исходные листы не изменены.",
  "pane.builtMany": "Добавлены листы {sheets}. Исходные листы не изменены.",
  "pane.error.read": "Не удалось прочитать выделенное: {message}",
  "pane.error.select": "Не удалось выделить {place}: {message}",
  "pane.error.build": "Не удалось построить лист рейтинга: {message}",
  "pane.error.write": "Не удалось записать лист: {message}",
  "pane.error.restored": "В книге ничего не осталось: она такая же, как была.",
  "pane.error.leftBehind":
    "Надстройка не смогла удалить только что добавленный лист: удалите его вручную.",
  "pane.hint.InvalidSelection":
    "выделите один блок ячеек (Excel не читает несколько отдельных областей сразу)",
  "pane.hint.ItemAlreadyExists": "лист с таким именем только что появился; попробуйте ещё раз",
  "pane.hint.AccessDenied":
    "книга или лист защищены, либо Excel занят правкой ячейки; завершите правку и попробуйте ещё раз",
  "pane.hint.InvalidOperationInCellEditMode":
    "Excel в режиме правки ячейки; завершите ввод в ячейке и попробуйте ещё раз",
  "pane.hint.RequestPayloadSizeLimitExceeded":
    "лист слишком велик для одного запроса Excel в браузере",
  "pane.hint.ResponsePayloadSizeLimitExceeded":
    "выделение слишком велико для одного ответа Excel в браузере; выделите меньший блок",
  "pane.hint.ApiNotFound": "в этой версии Excel нет возможности, нужной надстройке; обновите Excel",
  "pane.hint.GeneralException": "Excel сообщил об общей ошибке",
  "pane.findings": "Замечания",
  "pane.findings.none": "Замечаний нет.",
  "pane.findings.errors": {
    one: "{count} ошибка",
    few: "{count} ошибки",
    many: "{count} ошибок",
    other: "{count} ошибки",
  },
  "pane.findings.warnings": {
    one: "{count} предупреждение",
    few: "{count} предупреждения",
    many: "{count} предупреждений",
    other: "{count} предупреждения",
  },
  "pane.findings.notes": {
    one: "{count} примечание",
    few: "{count} примечания",
    many: "{count} примечаний",
    other: "{count} примечания",
  },
  "pane.findings.show": "Подробнее",
  "pane.findings.hide": "Свернуть",
  "pane.findings.select": "Выделить {place}",
  "pane.preview": "Предпросмотр",
  "pane.preview.title": "Предпросмотр, {years}",
  "pane.preview.rank": "Место",
  "pane.preview.region": "Регион",
  "pane.preview.index": "Индекс",
  "pane.preview.class": "Класс",
  "pane.preview.new": "новый",
  "pane.preview.group": "группа {group}",
  "pane.preview.moveUp": "выше на {n}",
  "pane.preview.moveDown": "ниже на {n}",
  "pane.preview.same": "класс тот же",
  "pane.notInOffice":
    "Откройте это в Excel: панель читает и пишет книгу через Excel, а здесь его нет. Добавьте надстройку в Excel из её манифеста.",
  "pane.notInOfficeHost": "Панель работает только в Excel; она открыта в {host}.",
  "pane.field.grp": "ВРП, млн тенге",
  "pane.field.employed": "Занятые, человек",
  "pane.field.fixedAssets": "Основные средства, млн тенге",
  "pane.field.emissions": "Выбросы в атмосферу, тыс. т",
  "pane.field.rdExpenditure": "Затраты на НИОКР, млн тенге",
  "pane.field.techInnovationExpenditure": "Затраты на технологические инновации, млн тенге",
  "pane.field.innovativeProducts": "Инновационная продукция, млн тенге",
  "pane.field.population": "Население, человек",
  "pane.field.S_D": "S_D производительность труда, тыс. тенге на занятого",
  "pane.field.S_F": "S_F фондоотдача",
  "pane.field.S_E": "S_E экоэффективность, тыс. тенге на т",
  "pane.field.S_A": "S_A затраты на НИОКР на занятого, тенге",
  "pane.field.S_B": "S_B затраты на технологические инновации на занятого, тенге",
  "pane.field.S_C": "S_C инновационная продукция на душу населения, тенге",
  "pane.indicator.S_D": "Производительность труда",
  "pane.indicator.S_F": "Фондоотдача",
  "pane.indicator.S_E": "Экоэффективность производства",
  "pane.indicator.S_A": "Затраты на НИОКР на одного занятого",
  "pane.indicator.S_B": "Затраты на технологические инновации на одного занятого",
  "pane.indicator.S_C": "Инновационная продукция на душу населения",
  "pane.sheet.rating": "Рейтинг {name}",
  "pane.sheet.dynamics": "Динамика {from}-{to}",
  "pane.addIndustryTable": "Добавить отраслевую таблицу за {year}",
  "pane.addIndustryTableThisYear": "Добавить отраслевую таблицу к этому году",
  "pane.industry.title": "Отраслевая таблица",
  "pane.industry.count": {
    one: "Распознана {count} отрасль",
    few: "Распознаны {count} отрасли",
    many: "Распознано {count} отраслей",
    other: "Распознано {count} отрасли",
  },
  "pane.industry.it": "Отрасль ИТ",
  "pane.industry.chooseIt": "Выберите отрасль ИТ",
  "pane.industry.itColumn": "Один столбец ИТ: {header}",
  "pane.industry.remove": "Убрать отраслевую таблицу",
  "pane.poles.title": "Перспективные зоны (кандидаты в полюса роста), {year}",
  "pane.poles.none": "Ни один регион не проходит пороги.",
  "pane.poles.others": {
    one: "Ещё {count} регион не кандидат.",
    few: "Ещё {count} региона не кандидаты.",
    many: "Ещё {count} регионов не кандидаты.",
    other: "Ещё {count} региона не кандидаты.",
  },
  "pane.poles.waiting":
    "Кандидаты появятся, когда год оценён, а в его отраслевой таблице выбрана отрасль ИТ.",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.pairedOneCell":
    "{b} — одна ячейка, а {a} — {aShape}; {b} сопоставляется с {a} по регионам, дайте диапазон той же формы",
  "functions.pairedShape": "{a} ({aShape}) и {b} ({bShape}) должны быть одной формы",
  "functions.inputError": "{where}: в ячейке ошибка {code}",
  "functions.notFinite": "результат слишком велик или не является числом",
  "functions.passedOn": "{message}",
  "functions.within": "{name}: {reason}",
  "functions.choice": '{name}: допустимо {choices}, а не "{value}"',
  "functions.arg.empty": "{name}: пустой диапазон",
  "functions.arg.notList":
    "{name}: нужен один столбец или одна строка, а в диапазоне строк: {rows}, столбцов: {columns}",
  "functions.cell.notFinite": "{where}: не конечное число",
  "functions.cell.boolean": "{where}: ИСТИНА/ЛОЖЬ — не число",
  "functions.cell.errorObject": "{where}: в ячейке значение ошибки",
  "functions.cell.ambiguous":
    '{where}: "{text}" можно прочесть как {en} или как {ru}; введите число как число',
  "functions.cell.notNumber": '{where}: "{text}" — не число',
  "functions.cell.missing": "{where}: нет значения (пусто или «-»)",
  "functions.cell.absent": "{where}: нет значения",
  "functions.where.name": "{name}",
  "functions.where.row": "строка {n}",
  "functions.where.thisRow": "эта строка",
  "functions.where.aRow": "строка",
  "functions.where.tableRow": "строка {n} таблицы",
  "functions.where.region": "регион {n}",
  "functions.where.regionRow": "строка региона",
  "functions.where.column": "столбец",
  "functions.where.indicator": "{at}, {code}",
  "functions.where.industry": "{at}, отрасль {n}",
  "functions.where.item": "{name}, значение {n}",
  "functions.where.value": "{name}, значение {n}",
  "functions.where.cell": "{what}, строка {row}, столбец {column}",
  "functions.where.scaleCell": "шкала, строка {row}, столбец {column}",
  "functions.where.scaleLower": "шкала, строка {row}, нижняя граница",
  "functions.word.value": "значение",
  "functions.word.index": "индекс",
  "functions.word.earlierIndex": "индекс раннего периода",
  "functions.word.laterIndex": "индекс позднего периода",
  "functions.word.class": "класс",
  "functions.word.itShare": "доля ИТ",
  "functions.word.rank": "место в рейтинге",
  "functions.figure.grp": "ВРП",
  "functions.figure.employed": "занятые",
  "functions.figure.fixedAssets": "основные средства",
  "functions.figure.emissions": "выбросы",
  "functions.figure.rdExpenditure": "затраты на исследования и разработки",
  "functions.figure.techInnovationExpenditure": "затраты на технологические инновации",
  "functions.figure.innovativeProducts": "инновационная продукция",
  "functions.figure.population": "население",
  "functions.scale.sizes":
    "в своей шкале нужно столько же меток, сколько нижних границ, и хотя бы одна",
  "functions.scale.lowerNotNumber": "шкала, строка {row}: нижняя граница — не число",
  "functions.scale.labelEmpty": "шкала, строка {row}: метка класса пуста",
  "functions.scale.twice": "нижняя граница {lower} встречается в шкале дважды",
  "functions.scale.indexNotNumber": "индекс — не число",
  "functions.scale.above": "индекс {index} выше верхней границы шкалы ({upper})",
  "functions.scale.below": "индекс {index} ниже нижнего класса шкалы ({lower})",
  "functions.scale.notClass": '"{label}" — не класс рейтинговой шкалы (A++ .. D)',
  "functions.leader.negative":
    "отрицательное значение {value}: процент от значения региона-лидера не определён",
  "functions.leader.zero":
    "значение региона-лидера равно 0: процент от значения лидера не определён",
  "functions.leader.exceeds": "значение {value} больше значения региона-лидера {leader}",
  "functions.leader.negativeInColumn":
    "{label}, строка {row}: отрицательное значение {value}; процент от значения региона-лидера не определён",
  "functions.leader.noValues": "{label}: нет значений, поэтому нет региона-лидера",
  "functions.leader.allZero":
    "{label}: все значения равны 0, поэтому нет региона-лидера для сравнения",
  "functions.indicator.unknown": 'неизвестный показатель "{code}"',
  "functions.indicator.zeroDenominator": "{code}: {figure} — 0, показатель не определён",
  "functions.indicator.tooLarge": "{code}: {numerator} / {denominator} — слишком большое число",
  "functions.index.negative":
    "{code}, {row}: отрицательное значение {value}; процент от значения региона-лидера не определён",
  "functions.index.aboveLeader":
    "{code}, {row}: значение {value} больше значения региона-лидера таблицы {leader}; входит ли строка в таблицу?",
  "functions.index.noGroup": "{row}: нет ни одного из показателей {codes}",
  "functions.index.weights": "weights: нужны два неотрицательных числа",
  "functions.index.weightsZero": "weights: оба веса не могут быть равны 0",
  "functions.index.notFinite": "{code}, {row}: не конечное число",
  "functions.index.missing": "{code}, {row}: нет значения",
  "functions.index.width":
    "{name}, строка {row}: столбцов {columns}, а нужны шесть показателей S_D, S_F, S_E, S_A, S_B, S_C",
  "functions.index.earlierZero": "индекс раннего периода равен 0: изменение в % не определено",
  "functions.index.dynamicsTooLarge":
    "отношение индекса позднего периода к индексу раннего слишком велико",
  "functions.ksi.allZero": "{label}: все отрасли равны 0, поэтому долей нет",
  "functions.ksi.rowWidth": "в строке региона отраслей: {row}, а в таблице: {table}",
  "functions.ksi.notInTable":
    'строки региона нет среди строк таблицы; база сравнения "{reference}" исключает регион из таблицы',
  "functions.ksi.noRest": "{label}: в остальной части страны нет отраслей, базы сравнения нет",
  "functions.ksi.meanNeedsTwo": "для среднего по остальным регионам нужно не меньше двух регионов",
  "functions.ksi.unknownReference":
    'неизвестная база сравнения "{reference}": допустимо "rest", "national" или "mean"',
  "functions.ksi.notSize": "{label}: {value} — не размер (отрицательное значение или не число)",
  "functions.ksi.nationalZero": "итог по стране равен 0: доли не определены",
  "functions.ksi.hhiNeedsTwo": "для нормированного HHI нужно не меньше двух отраслей",
  "functions.ksi.lqZero":
    "отрасль {n} равна 0 во всех регионах: коэффициент локализации не определён",
  "functions.ksi.tableEmpty": "таблица пуста",
  "functions.ksi.tableWidth": "строка {row} таблицы: отраслей {count}, а в строке 1 — {first}",
  "functions.ksi.notNumber": "{label}, отрасль {n}: не число",
  "functions.ksi.negative": "{label}, отрасль {n}: отрицательный размер {value}",
  "functions.stage1.width":
    "{name}: столбцов {columns}, а нужны шесть показателей {codes} в этом порядке",
  "functions.stage1.weightsCount":
    "weights: нужны два числа (восприимчивость к инновациям, инновационная активность), дано {count}",
  "functions.stage1.aboveLeader":
    "{where} ({value}) больше значения региона-лидера столбца {leader}; входит ли оно в столбец?",
  "functions.stage1.notIndicator": '"{text}" — не показатель; допустимо: {codes}',
  "functions.stage1.negativeFigure":
    "{where}: отрицательная величина; показатели — отношения размеров",
  "functions.stage1.negativeIndex": "{where}: отрицательный индекс вне шкалы 0–100",
  "functions.class.scaleShape":
    '{name}: допустимо "latin", "cyrillic" или диапазон из двух столбцов (нижняя граница, метка); столбцов: {columns}',
  "functions.class.lowerMissing": "шкала, строка {row}: нет нижней границы",
  "functions.class.negative": "{where} ({value}) меньше 0; индекс принимает значения от 0 до 100",
  "functions.class.labelEmpty": "метка класса пуста",
  "functions.class.notLabel": "{value} — не метка класса (A++ .. D)",
  "functions.zone.region": "регион {n}: {reason}",
  "functions.zone.oneNumber": "{name}: нужно одно число",
  "functions.zone.minItShare":
    "{name} ({value}): нужна доля от 0 до 1, например 0,01 или 1% для 1% выпуска ИТ страны",
  "functions.zone.topRanks": "{name} ({value}): нужно целое число мест, не меньше 1",
  "functions.zone.notGroup":
    'groups: "{token}" — не буква группы; укажите буквы A, B, C, D (например, "A,B") или "{none}"',
  "functions.zone.classMissing": "класс не указан",
  "functions.zone.itNegative": "доля ИТ {value} меньше 0",
  "functions.zone.itAboveOne":
    "доля ИТ {value} больше 1; дайте долю выпуска ИТ страны дробью (0,634 или 63,4% в процентном формате)",
  "functions.zone.rankMissing": "место в рейтинге не указано",
  "functions.zone.notPlace": "место в рейтинге {value} — не номер места (1, 2, 3, ...)",
  "functions.zone.topRanksNeedsRank":
    "{name}: нужно место каждого региона в рейтинге (аргумент {rank})",
  "functions.zone.noneNeedsTop":
    'groups "{none}" требует {name}: без групп и мест ни один регион не лидирует в рейтинге',
  "functions.stage2.noSkip":
    'missing "skip" недопустим для размеров отраслей (для долей нужны все отрасли); укажите "zero" или заполните пропуски',
  "functions.stage2.width":
    "{rowsName}: отраслей {rows}, а в {tableName} — {table}; нужны одни и те же столбцы отраслей",
  "functions.stage2.flag": '{name}: допустимо ИСТИНА или ЛОЖЬ, а не "{value}"',
  "functions.stage2.lqNotFound":
    "{where}: такой строки нет в таблице; коэффициент локализации сравнивает регион с итогом таблицы",
  "functions.stage2.negativeShare": "{where} ({value}) меньше 0; для доли нужен размер",
  "functions.stage2.aboveTotal":
    "{where} ({value}) больше итога таблицы {total}; входит ли оно в таблицу?",
  "functions.class.meaning": "{meaning} (группа {group}: {groupMeaning})",
  "functions.group.A": "лидеры",
  "functions.group.B": "средний уровень",
  "functions.group.C": "низкий уровень",
  "functions.group.D": "неудовлетворительный уровень",
  "functions.zone.candidate": "кандидат: {rating}; {it}",
  "functions.zone.notCandidate": "не кандидат: {rating}; {it}",
  "functions.zone.leads": "лидирует в рейтинге ({detail})",
  "functions.zone.notLeads": "не лидирует в рейтинге ({detail})",
  "functions.zone.class": "класс {label}",
  "functions.zone.classInGroup": "класс {label} в группе {group}",
  "functions.zone.classNotInGroups": "класс {label} в группе {group}, а не {groups}",
  "functions.zone.or": "{list} или {last}",
  "functions.zone.rank": "{detail}, место {rank}",
  "functions.zone.rankInTop": "{detail}, место {rank} входит в первые {top}",
  "functions.zone.rankNotInTop": "{detail}, место {rank} не входит в первые {top}",
  "functions.zone.noItData": "нет данных о выпуске ИТ",
  "functions.zone.itAtLeast": "доля ИТ {share}% от страны, не меньше {min}%",
  "functions.zone.itBelow": "доля ИТ {share}% от страны, меньше {min}%",
  "functions.word.true": "ИСТИНА",
  "functions.word.false": "ЛОЖЬ",
  "functions.where.figure": "{value}",
  // --- trust: bad input, round three (issue 16) ---
  "cli.input.xlsxPartTooLarge":
    "{path}: часть файла {part} распаковывается больше чем в {limit} МБ, а программа распаковывает из одной части не больше {limit} МБ (лист ежегодника намного меньше); тот ли это файл? Сохраните таблицу отдельно как .xlsx или .csv",
  "cli.input.xlsxTooFar":
    "{path}: в ячейке {cell} есть значение за пределами того, что читает программа ({rows} строк, {columns} столбцов, всего {cells} ячеек); удалите ячейки далеко от таблицы или скопируйте таблицу на новый лист",
  "cli.input.sheetAmbiguous":
    "{path}: лист «{sheet}» так в точности не называется, а в книге несколько листов, отличающихся от этого имени только регистром букв ({sheets}); укажите имя в точности как оно записано",
  "finding.reason.digitGroups":
    "цифры сгруппированы не по три («1 054 074»); опечатка или приклеенная цифра сноски?",
  "functions.cell.digitGroups":
    "{where}: «{text}» — не число: цифры сгруппированы не по три («1 054 074»); опечатка или приклеенная цифра сноски?",
  "cli.stdout.noSpace":
    "не удаётся записать стандартный вывод: на устройстве, куда он направлен, нет места ({reason}); освободите место или направьте вывод в другое место. Книга, записанная до этого, полная",
  "cli.stdout.failed":
    "не удаётся записать стандартный вывод ({reason}); направьте вывод в другое место. Книга, записанная до этого, полная",
  "cli.input.mixedEncoding":
    "{path}: строка {line} не в кодировке {utf8} ({cp1251}?), а строка {utf8Line} в {utf8}: в файле смешаны две кодировки, и часть названий исказилась бы при любом чтении; сохраните его заново из Excel как «{excelFormat}»",
  "cli.input.cellTooLong":
    "{path}, ячейка {cell}: {length} знаков, больше {limit}, которые вмещает одна ячейка Excel; та ли это ячейка?",
  "cli.input.controlCharacter":
    "{path}, ячейка {cell}: в тексте управляющий символ {code}, который терминал выполнил бы, а книга не может хранить; удалите его из ячейки",
  "cli.input.twice":
    "{path} указан дважды (в первый раз как {first}); укажите каждую таблицу один раз",
  "functions.cell.dataType":
    "{where}: в ячейке тип данных ({type}), а не число; поместите в ячейку само число",
};
