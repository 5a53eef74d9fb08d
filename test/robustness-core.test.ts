/**
 * The robustness analysis (issue 15) against known answers: Excel's SKEW, KURT, PERCENTILE.INC and
 * CORREL written out by hand here; COINr's published figures (test/fixtures/peers); the Sobol
 * estimators on the linear model and the Ishigami function; the nominal run equal to the rating;
 * reproducibility by seed.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { INDICATOR_CODES, rankDescending } from "../src/core";
import {
  NOMINAL_CHOICE,
  analyseRobustness,
  averageRanks,
  cronbachAlpha,
  designRow,
  excelKurt,
  excelSkew,
  failsOutlierRule,
  pearson,
  percentileIncSorted,
  rankInto,
  runBuffers,
  runIndex,
  saltelliSample,
  scoreVariants,
  seededUniform,
  sobolIndices,
  sobolIntervals,
  spearman,
  treatOutliers,
  type RobustnessInput,
} from "../src/core/robustness";
import { rateYear } from "../src/sheet";
import { sampleYear } from "./helpers/samples";

// --- Excel's definitions, by hand ---
const avg = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const stdev = (v: number[]) =>
  Math.sqrt(v.reduce((s, x) => s + (x - avg(v)) ** 2, 0) / (v.length - 1));
function skewByHand(v: number[]): number {
  const n = v.length;
  const m = avg(v);
  const s = stdev(v);
  return (n / ((n - 1) * (n - 2))) * v.reduce((a, x) => a + ((x - m) / s) ** 3, 0);
}
function kurtByHand(v: number[]): number {
  const n = v.length;
  const m = avg(v);
  const s = stdev(v);
  const sum4 = v.reduce((a, x) => a + ((x - m) / s) ** 4, 0);
  return (
    ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * sum4 -
    (3 * (n - 1) ** 2) / ((n - 2) * (n - 3))
  );
}
function correlByHand(x: number[], y: number[]): number {
  const mx = avg(x);
  const my = avg(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((_, i) => {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

const coinrSample = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

describe("Excel's statistics", () => {
  const data = [3.2, 7.5, 1.1, 9.9, 4.4, 4.4, 12.8, 0.3, 5.5];
  test("SKEW and KURT equal Excel's formulas written out", () => {
    expect(excelSkew(data)).toBeCloseTo(skewByHand(data), 12);
    expect(excelKurt(data)).toBeCloseTo(kurtByHand(data), 12);
  });
  test("COINr's check_SkewKurt(c(1:10, 30, 100)): skew 3.063241, kurtosis 9.741391, fails", () => {
    expect(excelSkew(coinrSample)).toBeCloseTo(3.063241, 6);
    expect(excelKurt(coinrSample)).toBeCloseTo(9.741391, 6);
    expect(failsOutlierRule(coinrSample)).toBe(true);
    expect(failsOutlierRule(data)).toBe(false);
  });
  test("PERCENTILE.INC: rank (n-1)p, linear between neighbours", () => {
    const sorted = [1, 2, 4, 8, 16];
    // (5-1)*0.05 = 0.2 -> 1 + 0.2*(2-1); (5-1)*0.95 = 3.8 -> 8 + 0.8*(16-8); 0.5 -> 4
    expect(percentileIncSorted(sorted, 0.05)).toBeCloseTo(1.2, 12);
    expect(percentileIncSorted(sorted, 0.95)).toBeCloseTo(14.4, 12);
    expect(percentileIncSorted(sorted, 0.5)).toBe(4);
    expect(percentileIncSorted([7], 0.95)).toBe(7);
  });
  test("CORREL and Spearman (CORREL of average ranks)", () => {
    const y = [2, 9, 1, 30, 4, 5, 11, 0, 6];
    expect(pearson(data, y)).toBeCloseTo(correlByHand(data, y), 12);
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman(data, y)).toBeCloseTo(correlByHand(averageRanks(data), averageRanks(y)), 12);
  });
});

describe("outlier treatment (COINr's winsorise)", () => {
  test("c(1:10, 30, 100): one point treated, 100 becomes 30, skew after 1.712", () => {
    const t = treatOutliers(coinrSample);
    expect(t.method).toBe("winsorised");
    expect(t.points).toBe(1);
    expect(t.values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(excelSkew(t.values as number[])).toBeCloseTo(1.712, 3);
  });
  test("still failing after 5 points: the original values are log-transformed, order kept", () => {
    const v = [...Array<number>(60).fill(1), 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
    const t = treatOutliers(v);
    expect(t.method).toBe("log");
    const min = 1;
    const range = 1e10 - 1;
    t.values.forEach((x, i) =>
      expect(x).toBeCloseTo(Math.log(1 + (v[i] - min) / (0.01 * range)), 12)
    );
  });
  test("a column that passes is left alone; blanks stay blank", () => {
    expect(treatOutliers([1, null, 3, 4, 5])).toEqual({
      values: [1, null, 3, 4, 5],
      method: "none",
      points: 0,
    });
  });
});

describe("Cronbach's alpha", () => {
  test("equals k/(k-1) (1 - sum of variances / variance of the total) on complete data", () => {
    const cols = [
      [3, 5, 2, 8, 6, 4],
      [2, 6, 3, 7, 7, 3],
      [4, 4, 1, 9, 5, 5],
    ];
    const variance = (v: number[]) => stdev(v) ** 2;
    const totals = cols[0].map((_, i) => cols[0][i] + cols[1][i] + cols[2][i]);
    const byHand = 1.5 * (1 - cols.map(variance).reduce((a, b) => a + b) / variance(totals));
    expect(cronbachAlpha(cols)).toBeCloseTo(byHand, 12);
  });
  test("COINr get_cronbach on ASEM's P2P group with blanks: 0.05126659", () => {
    const lines = readFileSync(join(__dirname, "fixtures", "peers", "asem-p2p.tsv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t").slice(1));
    const cols = lines[0].map((_, c) =>
      lines.map((row) => (row[c]?.trim() ? Number(row[c]) : null))
    );
    expect(cols).toHaveLength(8);
    expect(cols.flat().filter((v) => v === null).length).toBeGreaterThan(0);
    expect(cronbachAlpha(cols)).toBeCloseTo(0.05126659, 7);
  });
});

/** Saltelli's design on a model of independent U[0,1] (or mapped) inputs, one coordinate per factor. */
function sobolOf(model: (x: Float64Array) => number, k: number, n: number, seed: number) {
  const s = saltelliSample(n, k, seededUniform(seed));
  const row = new Float64Array(k);
  const yA = new Float64Array(n);
  const yB = new Float64Array(n);
  const yAB = Array.from({ length: k }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    yA[j] = model(designRow(s, j, "a", row));
    yB[j] = model(designRow(s, j, "b", row));
    for (let i = 0; i < k; i++) yAB[i][j] = model(designRow(s, j, { start: i, width: 1 }, row));
  }
  return sobolIndices(yA, yB, yAB);
}

describe("Sobol indices (Saltelli 2010 first order, Jansen total)", () => {
  test("y = x1 + 2 x2 + 3 x3: S_i = S_Ti = 1/14, 4/14, 9/14", () => {
    const got = sobolOf((x) => x[0] + 2 * x[1] + 3 * x[2], 3, 20000, 7);
    [1, 4, 9].forEach((a, i) => {
      expect(got[i].first).toBeCloseTo(a / 14, 1);
      expect(Math.abs(got[i].first! - a / 14)).toBeLessThan(0.02);
      expect(Math.abs(got[i].total! - a / 14)).toBeLessThan(0.02);
    });
  });
  test("bootstrap 5-95% intervals: around the estimate, narrowing as N grows, holding the exact value", () => {
    const width = (n: number) => {
      const s = saltelliSample(n, 3, seededUniform(5));
      const row = new Float64Array(3);
      const f = (x: Float64Array) => x[0] + 2 * x[1] + 3 * x[2];
      const yA = new Float64Array(n);
      const yB = new Float64Array(n);
      const yAB = [0, 1, 2].map(() => new Float64Array(n));
      for (let j = 0; j < n; j++) {
        yA[j] = f(designRow(s, j, "a", row));
        yB[j] = f(designRow(s, j, "b", row));
        for (let i = 0; i < 3; i++) yAB[i][j] = f(designRow(s, j, { start: i, width: 1 }, row));
      }
      const point = sobolIndices(yA, yB, yAB);
      const bands = sobolIntervals(yA, yB, yAB, 300, seededUniform(9));
      bands.forEach((b, i) => {
        const exact = [1, 4, 9][i] / 14;
        expect(b.total![0]).toBeLessThanOrEqual(point[i].total!);
        expect(point[i].total!).toBeLessThanOrEqual(b.total![1]);
        expect(b.first![0]).toBeLessThanOrEqual(point[i].first!);
        expect(point[i].first!).toBeLessThanOrEqual(b.first![1]);
        // A 90% band holds the exact value, give or take a little Monte Carlo luck.
        expect(b.total![0] - 0.02).toBeLessThanOrEqual(exact);
        expect(b.total![1] + 0.02).toBeGreaterThanOrEqual(exact);
      });
      return bands[2].first![1] - bands[2].first![0];
    };
    expect(width(4000)).toBeLessThan(width(250));
  });
  test("Ishigami (a = 7, b = 0.1): the published indices", () => {
    const ishigami = (u: Float64Array) => {
      const [x1, x2, x3] = [0, 1, 2].map((i) => -Math.PI + 2 * Math.PI * u[i]);
      return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
    };
    const got = sobolOf(ishigami, 3, 100000, 11);
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    got.forEach((g, i) => {
      expect(Math.abs(g.first! - first[i])).toBeLessThan(0.02);
      expect(Math.abs(g.total! - total[i])).toBeLessThan(0.02);
    });
  });
});

function sampleInput(): { input: RobustnessInput; rated: ReturnType<typeof rateYear> } {
  const rated = rateYear(sampleYear("2010"));
  return {
    rated,
    input: {
      names: rated.regions.map((r) => r.name),
      values: rated.regions.map((r) => INDICATOR_CODES.map((c) => r.indicators[c])),
    },
  };
}

describe("ranks of a run", () => {
  test("RANK.EQ descending on random tables with ties, near-ties and missing indexes", () => {
    const uniform = seededUniform(99);
    for (const n of [1, 2, 7, 100, 3000]) {
      const buffers = runBuffers(n);
      for (let trial = 0; trial < 5; trial++) {
        const index = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const u = uniform();
          // Some exact ties, some values a hair apart (below the tag's reach), some zeros.
          index[i] = u < 0.2 ? 50 : u < 0.3 ? 50 * (1 + 1e-15) : u < 0.35 ? 0 : 100 * uniform();
        }
        if (n > 5) index[3] = NaN;
        rankInto(index, buffers);
        const byHand = Array.from(
          index,
          (v) =>
            1 +
            Array.from(index).filter((w) => (w !== w ? -Infinity : w) > (v !== v ? -Infinity : v))
              .length
        );
        expect(Array.from(buffers.ranks)).toEqual(byHand);
      }
    }
  });
});

describe("the analysis on the 2010 sample", () => {
  const { input, rated } = sampleInput();
  test("every assumption off: every run is the nominal rating (width 0, P(nominal class) = 1)", () => {
    const res = analyseRobustness(input, { varied: [], runs: 50 });
    expect(res.sensitivity).toEqual([]);
    res.regions.forEach((r, i) => {
      expect(r.nominalIndex).toBe(rated.regions[i].index);
      expect(r.nominalRank).toBe(rated.regions[i].rank);
      expect(r.nominalClass).toBe(rated.regions[i].class);
      expect([r.q05, r.medianRank, r.q95, r.meanRank]).toEqual(Array(4).fill(r.nominalRank));
      expect(r.nominalClassProbability).toBe(1);
    });
  });
  test("same seed: the same result byte for byte; another seed: medians within one place", () => {
    const a = JSON.stringify(analyseRobustness(input, { seed: 5 }));
    expect(JSON.stringify(analyseRobustness(input, { seed: 5 }))).toBe(a);
    const b = analyseRobustness(input, { seed: 6 });
    expect(JSON.stringify(b)).not.toBe(a);
    const first = JSON.parse(a) as typeof b;
    b.regions.forEach((r, i) =>
      expect(Math.abs(r.medianRank - first.regions[i].medianRank)).toBeLessThanOrEqual(1)
    );
  });
  test("varying: nominal ranks are RANK.EQ of the indexes, intervals hold them, probabilities sum to 1", () => {
    const res = analyseRobustness(input, { runs: 200 });
    expect(res.regions.map((r) => r.nominalRank)).toEqual(
      rankDescending(rated.regions.map((r) => r.index))
    );
    expect(res.sensitivity.map((s) => s.assumption)).toEqual([
      "weights",
      "aggregation",
      "exclusion",
      "outliers",
    ]);
    for (const r of res.regions) {
      expect(r.q05).toBeLessThanOrEqual(r.medianRank);
      expect(r.medianRank).toBeLessThanOrEqual(r.q95);
      const sum = Object.values(r.classProbabilities!).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
    expect(res.regions.some((r) => r.q95 > r.q05)).toBe(true);
    expect(res.coherence.cronbachAlpha.activity!).toBeLessThan(0);
  });
  test("min-max runs count in ranks but not in classes", () => {
    const res = analyseRobustness(input, { runs: 100, varied: ["normalisation"] });
    expect(res.classedRuns).toBeGreaterThan(20);
    expect(res.classedRuns).toBeLessThan(80);
    const only = analyseRobustness(input, { runs: 100, varied: ["normalisation"], seed: 3 });
    expect(only.classedRuns).not.toBe(100);
  });
  test("a geometric run with weights and an exclusion, by hand for every region", () => {
    const variants = scoreVariants(
      input.values.map((r) => [...r]),
      { outliers: false, normalisations: ["leader"] }
    );
    const choice = {
      ...NOMINAL_CHOICE,
      indicatorWeights: [1.2, 0.8, 1, 1.1, 0.9, 0.75],
      groupWeights: [1.25, 0.9] as [number, number],
      aggregation: "geometric" as const,
      excluded: 4,
    };
    const buffers = runBuffers(input.names.length);
    runIndex(variants.leader[0], choice, { susceptibility: 0.5, activity: 0.5 }, buffers.index);
    rated.regions.forEach((region, r) => {
      const s = INDICATOR_CODES.map((c) => Math.max(1, region.scores[c]!));
      const gS = (s[0] ** 1.2 * s[1] ** 0.8 * s[2]) ** (1 / 3);
      const gA = (s[3] ** 1.1 * s[5] ** 0.75) ** (1 / 1.85);
      const w = 1.25 / (1.25 + 0.9);
      expect(buffers.index[r]).toBeCloseTo(gS ** w * gA ** (1 - w), 9);
    });
    rankInto(buffers.index, buffers);
    expect(Array.from(buffers.ranks)).toEqual(rankDescending(Array.from(buffers.index)));
  });
});
