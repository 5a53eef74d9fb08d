/**
 * Where the add-in's help page is: the user guide the build writes beside the pane
 * (dist/help/guide.<lang>.html, from README.md and README.ru.md), in the pane's language.
 */
import type { Lang } from "../i18n";

export function helpUrl(lang: Lang): string {
  return `help/guide.${lang}.html`;
}
