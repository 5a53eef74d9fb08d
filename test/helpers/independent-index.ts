/**
 * The method's index and class in a few lines, from raw figures, for tests to compare the
 * product's numbers with (never from its own output). Raw order: GRP, employed, fixed assets,
 * emissions, R&D, tech innovation, innovative products, population (test/fixtures/editions.ts).
 */
export function independentIndexes(raws: readonly (readonly number[])[]): number[] {
  const [grp, emp, fa, em, rd, tech, prod, pop] = [0, 1, 2, 3, 4, 5, 6, 7];
  const indicators = raws.map((x) => [
    x[grp] / x[emp],
    x[grp] / x[fa],
    x[grp] / x[em],
    x[rd] / x[emp],
    x[tech] / x[emp],
    x[prod] / x[pop],
  ]);
  const max = [0, 1, 2, 3, 4, 5].map((k) => Math.max(...indicators.map((v) => v[k])));
  return indicators.map((v) => {
    const s = v.map((x, k) => (x / max[k]) * 100);
    return ((s[0] + s[1] + s[2]) / 3 + (s[3] + s[4] + s[5]) / 3) / 2;
  });
}

/** Karachurina's scale: bands of 10 points, a band including its lower bound. */
export function independentClass(index: number): string {
  const labels = ["D", "C", "C+", "C++", "B", "B+", "B++", "A", "A+", "A++"];
  return labels[Math.min(9, Math.floor(index / 10))];
}

export const CLASS_ORDER = ["D", "C", "C+", "C++", "B", "B+", "B++", "A", "A+", "A++"];
