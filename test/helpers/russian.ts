import type { FunctionMetadata } from "./functions-bundle";

/**
 * Latin words a Russian message of the functions may hold: indicator and class codes, and the
 * formulas' own parameter names (the same in every language, as Excel's formula helper shows them).
 */
export function allowedLatin(metadata: readonly FunctionMetadata[]): Set<string> {
  return new Set([
    ...["S_D", "S_F", "S_E", "S_A", "S_B", "S_C", "KSI", "HHI", "IT", "A", "B", "C", "D"],
    ...metadata.flatMap((f) => f.parameters.map((p) => p.name)),
  ]);
}

/** The English words left in a message once codes, quoted user text and error codes are taken out. */
export function englishWords(message: string, allowed: ReadonlySet<string>): string[] {
  const bare = message
    .replace(/"[^"]*"/g, "")
    .replace(/«[^»]*»/g, "")
    .replace(/#[A-Z0-9/]+[!?]?/g, "");
  return (bare.match(/[A-Za-z_+]+/g) ?? [])
    .map((w) => w.replace(/\+/g, ""))
    .filter((w) => w.length > 1 && !allowed.has(w));
}
