/** How the pane shows classes, groups and numbers. */
import { Alphabet, parseClassLabel, toCyrillic } from "../core";

/** Group colours of the preview (the sheet plan colours its chart by the same groups). */
export const GROUP_COLORS: Readonly<Record<string, string>> = {
  A: "#2E7D32",
  B: "#1565C0",
  C: "#EF6C00",
  D: "#C62828",
};

export function classLabel(latin: string, alphabet: Alphabet): string {
  return alphabet === "cyrillic" ? toCyrillic(latin) : latin;
}

export function groupOf(latin: string): string {
  return parseClassLabel(latin).group;
}

export function fixed(value: number, decimals = 2): string {
  return value.toFixed(decimals);
}
