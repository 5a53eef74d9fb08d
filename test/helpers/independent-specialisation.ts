/**
 * Stage 2 in a few lines, for tests to compare the product's figures with (never its own output):
 * shares of a region's own sum, KSI against the rest of the country, HHI, LQ over the regions with
 * a full mix, and each region's share of the national IT total over every IT figure given.
 */
/** Shares, KSI against the rest of the country, HHI, LQ of the rows given; IT share of all IT. */
export function independent(sizes: number[][], complete: boolean[], itValues: (number | null)[]) {
  const rows = sizes.filter((_, j) => complete[j]);
  const k = rows[0].length;
  const col = (c: number, except = -1) =>
    rows.reduce((s, r, j) => s + (j === except ? 0 : r[c]), 0);
  const sum = (r: number[]) => r.reduce((s, x) => s + x, 0);
  const grand = sum(rows.map(sum));
  const itTotal = itValues.reduce<number>((s, x) => s + (x ?? 0), 0);
  let j = -1;
  return sizes.map((row, i) => {
    const it = itValues[i] === null ? null : itValues[i]! / itTotal;
    if (!complete[i]) return { ksi: null, hhi: null, lq: null, it };
    j++;
    const share = row.map((x) => x / sum(row));
    const rest = Array.from({ length: k }, (_, c) => col(c, j));
    const ref = rest.map((x) => x / sum(rest));
    return {
      ksi: sum(share.map((s, c) => Math.abs(s - ref[c]))),
      hhi: sum(share.map((s) => s * s)),
      lq: share.map((s, c) => s / (col(c) / grand)),
      it,
    };
  });
}
