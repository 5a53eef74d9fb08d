/**
 * Properties of the core that hold for any data (fast-check): scores in [0, 100], the leader at
 * 100, invariance to the unit of a column and to the order of regions, KSI in [0, 2], HHI in
 * [1/K, 1].
 */
import fc from "fast-check";
import {
  herfindahl,
  herfindahlNormalised,
  innovationIndex,
  krugmanIndex,
  KSI_REFERENCES,
} from "../src/core";

const positive = fc.double({ min: 0.001, max: 1e7, noNaN: true, noDefaultInfinity: true });
const size = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** 2 to 30 regions of six positive indicators. */
const indicatorTable = fc.array(fc.array(positive, { minLength: 6, maxLength: 6 }), {
  minLength: 2,
  maxLength: 30,
});

/** Regions x industries with every region and every industry non-empty. */
const industryTable = fc
  .integer({ min: 2, max: 8 })
  .chain((k) =>
    fc.array(fc.array(size, { minLength: k, maxLength: k }), { minLength: 3, maxLength: 20 })
  )
  .filter(
    (t) =>
      t.every((row) => row.some((x) => x > 0)) && t[0].every((_, k) => t.some((row) => row[k] > 0))
  );

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("innovation index", () => {
  test("every score, rating and index lies in [0, 100]", () => {
    fc.assert(
      fc.property(indicatorTable, (table) =>
        innovationIndex(table).every(
          (r) =>
            Object.values(r.scores).every((s) => s !== null && s >= 0 && s <= 100) &&
            [r.susceptibility, r.activity, r.index].every((v) => v >= 0 && v <= 100 + 1e-9)
        )
      )
    );
  });

  test("the leader of each column scores exactly 100", () => {
    fc.assert(
      fc.property(indicatorTable, (table) => {
        const results = innovationIndex(table);
        return [0, 1, 2, 3, 4, 5].every((c) => {
          const codes = ["S_D", "S_F", "S_E", "S_A", "S_B", "S_C"] as const;
          const max = Math.max(...table.map((row) => row[c]));
          const leader = table.findIndex((row) => row[c] === max);
          return results[leader].scores[codes[c]] === 100;
        });
      })
    );
  });

  test("scaling a column by a positive constant (a change of unit) changes no region's result", () => {
    fc.assert(
      fc.property(
        indicatorTable,
        fc.integer({ min: 0, max: 5 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (table, c, factor) => {
          const scaled = table.map((row) => row.map((v, k) => (k === c ? v * factor : v)));
          const before = innovationIndex(table);
          const after = innovationIndex(scaled);
          return before.every((r, j) => close(r.index, after[j].index));
        }
      )
    );
  });

  test("reordering the regions changes no region's result", () => {
    fc.assert(
      fc.property(
        indicatorTable.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.shuffledSubarray(
              t.map((_, i) => i),
              { minLength: t.length, maxLength: t.length }
            )
          )
        ),
        ([table, order]) => {
          const before = innovationIndex(table);
          const after = innovationIndex(order.map((i) => table[i]));
          return order.every((i, position) => close(after[position].index, before[i].index));
        }
      )
    );
  });
});

describe("specialisation", () => {
  test("KSI lies in [0, 2] for every reference", () => {
    fc.assert(
      fc.property(industryTable, fc.constantFrom(...KSI_REFERENCES), (table, reference) => {
        // "rest" needs the other regions to have some industry: guaranteed by 3+ regions only if
        // they are not all empty, so skip tables where a region is the whole country.
        const total = table.flat().reduce((s, x) => s + x, 0);
        fc.pre(table.every((row) => row.reduce((s, x) => s + x, 0) < total));
        return krugmanIndex(table, reference).every((v) => v >= -1e-12 && v <= 2 + 1e-12);
      })
    );
  });

  test("HHI lies in [1/K, 1], normalised in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(size, { minLength: 2, maxLength: 12 }).filter((row) => row.some((x) => x > 0)),
        (row) => {
          const h = herfindahl(row);
          const n = herfindahlNormalised(row);
          return h >= 1 / row.length - 1e-12 && h <= 1 + 1e-12 && n >= -1e-12 && n <= 1 + 1e-12;
        }
      )
    );
  });
});
