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

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "во входной ячейке значение ошибки",
  "functions.pairedOneCell":
    "{b} — одна ячейка, а {a} — {aShape}; {b} сопоставляется с {a} по регионам, дайте диапазон той же формы",
  "functions.pairedShape": "{a} ({aShape}) и {b} ({bShape}) должны быть одной формы",
  "functions.inputError": "{where}: в ячейке ошибка {code}",
  "functions.notFinite": "результат слишком велик или не является числом",
};
