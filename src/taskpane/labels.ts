/** How the pane shows classes and groups. */
import { Alphabet, parseClassLabel, toCyrillic } from "../core";

/** The sheet's group colours, so the preview looks like the sheet it announces. */
export { GROUP_COLORS } from "../sheet/workbook";

export function classLabel(latin: string, alphabet: Alphabet): string {
  return alphabet === "cyrillic" ? toCyrillic(latin) : latin;
}

export function groupOf(latin: string): string {
  return parseClassLabel(latin).group;
}
