/**
 * The JRC dominance check and the promising-zones rule, on the published 2010/2014 tables.
 */
import {
  leaderDominance,
  parseClassLabel,
  parseYearbookNumber,
  promisingZones,
  rankDescending,
  zoneJudge,
} from "../src/core";
import { INDEX_TABLE, readTsv, regions2010, yearbookNumber } from "./helpers/samples";

describe("leaderDominance (JRC skewness > 2 and kurtosis > 3.5)", () => {
  const regions = regions2010();
  const column = (k: number) => regions.map((r) => yearbookNumber(r.indicatorCells[k]));

  test("flags 2010 eco-efficiency, where Almaty city is eleven times the next region", () => {
    const d = leaderDominance(column(2))!;
    expect(d.flagged).toBe(true);
    expect(Math.abs(d.skewness)).toBeGreaterThan(2);
    expect(d.kurtosis).toBeGreaterThan(3.5);
    expect(regions[d.leaderRow].name).toBe("г. Алматы");
    expect(d.leaderOverRunnerUp).toBeCloseTo(356673.9 / 31625.4, 6);
    expect(Math.floor(d.leaderOverRunnerUp)).toBe(11);
  });

  test("does not flag 2010 R&D expenditure per person (S_A), a spread without one extreme leader", () => {
    const d = leaderDominance(column(3))!;
    expect(Math.abs(d.skewness)).toBeLessThan(2);
    expect(d.flagged).toBe(false);
  });

  test("an evenly spread column is not flagged; too few values give no verdict", () => {
    expect(leaderDominance([1, 2, 3, 4, 5, 6, 7, 8])!.flagged).toBe(false);
    expect(leaderDominance([1, 2, 3])).toBeNull();
    expect(leaderDominance([1, null, 2, null, 3])).toBeNull();
  });

  test("nulls are skipped and the leader's row is the column's own row", () => {
    const d = leaderDominance([null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 50])!;
    expect(d.leaderRow).toBe(11);
    expect(d.leaderOverRunnerUp).toBe(50);
    expect(d.flagged).toBe(true);
  });
});

describe("promisingZones on the published 2014 index (Table 6) and IT shares (Table 7)", () => {
  const [, ...index] = readTsv(INDEX_TABLE.file);
  const [, , ...ksi] = readTsv("kz-ksi-it-2010-2014.tsv");
  const shares = new Map(
    ksi.map((row) => {
      const parsed = parseYearbookNumber(row[2]);
      return [row[0].trim(), parsed.kind === "number" ? parsed.value : null];
    })
  );
  const values = index.map((row) => yearbookNumber(row[INDEX_TABLE.index2014]));
  const ranks = rankDescending(values);
  const regions = index.map((row, i) => ({
    name: row[1].trim(),
    index: values[i],
    ratingClass: row[INDEX_TABLE.class2014].trim(),
    rank: ranks[i],
    itShare: shares.get(row[1].trim()) ?? null,
  }));

  test("every region of Table 6 has a Table 7 row", () => {
    expect(regions.every((r) => shares.has(r.name))).toBe(true);
  });

  test("groups A and B with at least 1% of IT output: Almaty city and Astana", () => {
    const verdicts = promisingZones(regions);
    expect(
      verdicts
        .filter((v) => v.candidate)
        .map((v) => v.name)
        .sort()
    ).toEqual(["г. Алматы", "г. Астана"].sort());
    const atyrau = verdicts.find((v) => v.name === "Атырауская")!;
    expect(atyrau.leadsRating).toBe(true);
    expect(atyrau.specialisedInIt).toBe(false);
    expect(atyrau.reasons.join("; ")).toContain("no IT output data");
  });

  test("widening to the top 6 ranks and a 3% IT share adds Aktobe", () => {
    const verdicts = promisingZones(regions, { groups: ["A", "B"], topRanks: 6, minItShare: 0.03 });
    const names = verdicts.filter((v) => v.candidate).map((v) => v.name);
    expect(names).toContain("Актюбинская");
    expect(names).not.toContain("Карагандинская"); // rank 4 in 2014, but no IT share (0)
    for (const v of verdicts) expect(v.candidate).toBe(v.leadsRating && v.specialisedInIt);
  });

  test("zoneJudge, a region at a time, gives promisingZones' verdicts; each label's group its own", () => {
    for (const th of [{}, { groups: ["A"], topRanks: 6, minItShare: 0.03 }, { groups: ["C"] }]) {
      const judge = zoneJudge(th);
      const verdicts = promisingZones(regions, th);
      const judged = regions.map((r) => judge(r));
      expect(
        judged.map(({ candidate, leadsRating, specialisedInIt }) => ({
          candidate,
          leadsRating,
          specialisedInIt,
        }))
      ).toEqual(
        verdicts.map(({ candidate, leadsRating, specialisedInIt }) => ({
          candidate,
          leadsRating,
          specialisedInIt,
        }))
      );
      // The classes seen before are parsed once: the group is still each label's own.
      judged.forEach((v, i) => expect(v.group).toBe(parseClassLabel(regions[i].ratingClass).group));
    }
    expect(new Set(regions.map((r) => parseClassLabel(r.ratingClass).group)).size).toBe(2);
    const judge = zoneJudge();
    const bad = { ...regions[0], ratingClass: "Z" };
    expect(() => judge(bad)).toThrow();
    expect(() => judge(bad)).toThrow();
  });
});
