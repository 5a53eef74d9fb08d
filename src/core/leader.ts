/**
 * Formula (1) of the method, percent of the leader: the largest value of a column scores 100 and
 * every other value X scores X / X_max * 100.
 */
import { Phrase, phrase } from "../i18n/functions";
import { CoreError } from "./errors";

/** Score of one value against a known leader value. */
export function leaderScore(value: number, leader: number): number {
  if (value < 0) throw new CoreError("negative", "functions.leader.negative", { value });
  if (!(leader > 0)) throw new CoreError("zero-leader", "functions.leader.zero");
  if (value > leader)
    throw new CoreError("invalid-argument", "functions.leader.exceeds", { value, leader });
  return (value / leader) * 100;
}

/**
 * The leader (maximum) of a column, skipping nulls. Refuses negative values, because a column
 * holding them has no meaningful percent-of-leader scale, and a column whose leader is 0.
 */
export function columnLeader(
  column: readonly (number | null)[],
  label: string | Phrase = phrase("functions.where.column")
): number {
  let leader = -Infinity;
  column.forEach((v, row) => {
    if (v === null) return;
    if (v < 0)
      throw new CoreError(
        "negative",
        "functions.leader.negativeInColumn",
        { label, value: v, row: row + 1 },
        { row }
      );
    if (v > leader) leader = v;
  });
  if (leader === -Infinity) throw new CoreError("missing", "functions.leader.noValues", { label });
  if (leader === 0) throw new CoreError("zero-leader", "functions.leader.allZero", { label });
  return leader;
}

/** Percent-of-leader scores of a whole column; nulls stay null. */
export function leaderScores(
  column: readonly (number | null)[],
  label: string | Phrase = phrase("functions.where.column")
): (number | null)[] {
  const leader = columnLeader(column, label);
  return column.map((v) => (v === null ? null : (v / leader) * 100));
}
