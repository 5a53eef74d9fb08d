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

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Справка: growth-poles --help.",

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

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "во входной ячейке значение ошибки",
};
