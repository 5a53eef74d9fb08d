/**
 * Each audience's dictionaries apart, for the tests of their parity (ru has every en key and no
 * other) and of their separation (no key in two audiences).
 */
import { cliEn } from "./cli.en";
import { cliRu } from "./cli.ru";
import { en } from "./en";
import { functionsEn } from "./functions.en";
import { functionsRu } from "./functions.ru";
import type { Message } from "./language";
import { ru } from "./ru";

type Dictionary = Readonly<Record<string, Message>>;

export const AUDIENCES: Record<string, { en: Dictionary; ru: Dictionary }> = {
  "pane and sheets (en.ts, ru.ts)": { en, ru },
  "functions and core (functions.en.ts, functions.ru.ts)": { en: functionsEn, ru: functionsRu },
  "command line (cli.en.ts, cli.ru.ts)": { en: cliEn, ru: cliRu },
};
