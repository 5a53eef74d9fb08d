/**
 * Русские слова функций листа и ядра, которое они вызывают (его отказы, значения шкалы): те же
 * ключи, что в functions.en.ts (TypeScript требует каждый).
 */
import type { FunctionsKey } from "./functions.en";
import type { Message } from "./language";

export const functionsRu: Record<FunctionsKey, Message> = {
  // --- sheet.scale: the scale's meanings (the core words a class with them) ----------------
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
  "functions.scale.above": "индекс {index} выше верхней границы шкалы {upper}",
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
    "{name}: столбцов {count}, а нужны шесть показателей {codes} в этом порядке",
  "functions.stage1.weightsCount":
    "weights: нужны два числа (восприимчивость к инновациям, инновационная активность), дано {count}",
  "functions.stage1.aboveLeader":
    "{where} ({value}) больше значения региона-лидера столбца {leader}; входит ли оно в столбец?",
  "functions.stage1.notIndicator": '"{text}" — не показатель; допустимо: {codes}',
  "functions.stage1.negativeFigure":
    "{where}: отрицательная величина; показатели — отношения размеров",
  "functions.stage1.negativeIndex": "{where}: отрицательный индекс вне шкалы 0–100",
  "functions.class.scaleShape":
    '{name}: допустимо "latin", "cyrillic" или диапазон из двух столбцов (нижняя граница, метка); столбцов: {count}',
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
  // --- robust: refusals of the robustness analysis (issue 15) ---
  "robust.error.runs": "число прогонов должно быть целым числом от 2 до {max}, а не {value}",
  "robust.error.seed": "зерно генератора должно быть целым числом от 0 до 2147483647, а не {value}",
  "robust.error.unfinished": "выполнено {done} из {runs} прогонов: результата ещё нет",
  "robust.error.variant": "нет оценок {normalisation} ({treated})",
  // --- trust: bad input, round three (issue 16) ---
  "functions.cell.digitGroups":
    "{where}: «{text}» — не число: цифры сгруппированы не по три («1 054 074»); опечатка или приклеенная цифра сноски?",
  "functions.cell.dataType":
    "{where}: в ячейке тип данных ({type}), а не число; поместите в ячейку само число",
  // --- trust18: refusals that give the true reason (issue 16, item 9) ---
  "functions.cell.notFigure": "{where}: в ячейке не число и не текст",
  "functions.where.by": "{figure} на {excess}",
  "functions.ksi.oneRegion":
    "{label}: в таблице один регион, остальной части страны для сравнения нет",
  "functions.ksi.meanNoMix":
    "{label}: среднее долей остальных регионов не определено ({other}: все отрасли равны 0)",
};
