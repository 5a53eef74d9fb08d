/** Sheet names of stage 2 that do not clash with the sheets already planned. */
import { safeSheetName } from "./a1";

export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  let name = safeSheetName(wanted);
  for (let i = 2; taken.includes(name); i++) name = safeSheetName(`${wanted} ${i}`);
  return name;
}
