/**
 * Formula (1) of the method, percent of the leader: the largest value of a column scores 100 and
 * every other value X scores X / X_max * 100.
 */
import { CoreError } from "./errors";

/** Score of one value against a known leader value. */
export function leaderScore(value: number, leader: number): number {
  if (value < 0)
    throw new CoreError("negative", `negative value ${value}: percent of the leader is undefined`);
  if (!(leader > 0))
    throw new CoreError(
      "zero-leader",
      "the leader's value is 0: percent of the leader is undefined"
    );
  if (value > leader)
    throw new CoreError("invalid-argument", `value ${value} exceeds the leader ${leader}`);
  return (value / leader) * 100;
}

/**
 * The leader (maximum) of a column, skipping nulls. Refuses negative values, because a column
 * holding them has no meaningful percent-of-leader scale, and a column whose leader is 0.
 */
export function columnLeader(column: readonly (number | null)[], label = "column"): number {
  let leader = -Infinity;
  column.forEach((v, row) => {
    if (v === null) return;
    if (v < 0)
      throw new CoreError(
        "negative",
        `${label}: negative value ${v} in row ${row + 1}; percent of the leader is undefined`,
        { row }
      );
    if (v > leader) leader = v;
  });
  if (leader === -Infinity) throw new CoreError("missing", `${label}: no values, so no leader`);
  if (leader === 0)
    throw new CoreError(
      "zero-leader",
      `${label}: every value is 0, so there is no leader to score against`
    );
  return leader;
}

/** Percent-of-leader scores of a whole column; nulls stay null. */
export function leaderScores(
  column: readonly (number | null)[],
  label = "column"
): (number | null)[] {
  const leader = columnLeader(column, label);
  return column.map((v) => (v === null ? null : (v / leader) * 100));
}
