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

  // --- findings -----------------------------------------------------------------------------
  "finding.severity.error": "ошибка",
  "finding.severity.warning": "предупреждение",
  "finding.severity.info": "примечание",

  // --- growth poles: specialisation and growth-poles sheets ----------------------------------
  "growth.sheetName": "Полюса роста",
  "growth.read.noRows": "нет строк регионов: ни в одной строке нет названия рядом с числом",
  "growth.read.noRegionColumn": "нет столбца с названиями регионов",
  "growth.read.noFigures":
    "нет столбца с числами (занятость или выпуск по отраслям либо столбец ИТ)",
  "growth.read.excluded": "строка {row} «{text}» пропущена: {reason}",
  "growth.read.blankRow": "пустая строка",
  "growth.read.noFiguresRow": "нет чисел (примечание или заголовок, а не регион)",
  "growth.read.totalRow": "итог, а не регион",
  "growth.read.notRegion": "не название региона",
  "growth.read.duplicate": "строка {row} «{name}» — тот же регион, что «{first}»; берётся первая",
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
  "growth.cli.usage":
    "\nЭтап 2 (специализация на ИТ, полюса роста):\n  --industries ГОД ФАЙЛ...  таблицы специализации за год ГОД: занятость или выпуск по отраслям\n                     (регионы × отрасли) либо один столбец ИТ (продукция ИТ или доли в продукции\n                     ИТ страны, как табл. 7 статьи; из таблицы за несколько лет берётся столбец\n                     года ГОД). Повторите для других лет. Год, для которого есть только таблица\n                     отраслей, получает лишь лист специализации. Без файлов — таблицы 2–7\n                     встроенного примера.\n  --it-industry ИМЯ   столбец отрасли ИТ (заголовок или его часть), если заголовки её не\n                     называют (секция J, «Информация и связь», ИТ)\n  --reference Э      эталон KSI: rest (по умолчанию: остальная часть страны), national, mean\n  --min-it-share Х   минимальная доля в продукции ИТ страны для кандидата (по умолчанию 0,01)\n  --groups A,B       ведущие группы рейтинга (по умолчанию A,B)\n  --top-ranks Н      первые Н мест тоже считаются лидерами (по умолчанию не учитываются)\n",
  "growth.cli.industriesNeedsYear":
    "для --industries нужен год, например --industries 2014 таблица.xlsx",
  "growth.cli.industriesNoFiles": "для --industries {year} не указаны файлы",
  "growth.cli.industriesTwice":
    "--industries {year} указан дважды: перечислите все файлы после одного --industries",
  "growth.cli.badReference": "--reference: допустимо rest, national или mean, а не «{value}»",
  "growth.cli.badMinItShare": "--min-it-share: нужно число от 0 до 1, а не «{value}»",
  "growth.cli.badTopRanks": "--top-ranks: нужно целое число от 1, а не «{value}»",
  "growth.cli.badGroups":
    "--groups: нужны группы рейтинга, например A,B (A, B, C, D), а не «{value}»",
  "growth.cli.oneTablePerYear":
    "--industries {year}: укажите одну таблицу специализации на год (указано {count})",
  "growth.cli.noIt":
    "отрасль ИТ не распознана (секция J, «Информация и связь», ИТ); укажите --it-industry с одним из столбцов: {columns}",
  "growth.cli.specLine": "специализация {year}: регионов {count}; наибольшие доли ИТ: {top}",
  "growth.cli.polesLine":
    "полюса роста {year} (доля ИТ не ниже {min}, группы {groups}{top}): кандидатов {count}",
  "growth.cli.polesTop": ", первые {top} мест",

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Справка: growth-poles --help.",

  // --- pane: the task pane ------------------------------------------------------------------
  "pane.title": "Полюса роста",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "во входной ячейке значение ошибки",
};
