/**
 * LibreOffice recalculates a three-year rating workbook over the 2018 and 2022 reforms (tables
 * made by the test): every change and class movement it computes equals the independent method's,
 * and a pair across a reform keeps its "not comparable" text, never a number.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  buildRatingPlan,
  dynamicsPairs,
  rateInEarliestBorders,
  rateYear,
  readYearbookTable,
} from "../src/sheet";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { type Edition, editionGrid, editionRegions } from "./fixtures/editions";
import { CLASS_ORDER, independentClass, independentIndexes } from "./helpers/independent-index";
import { describeWithSoffice, recalculated } from "./helpers/libreoffice";

jest.setTimeout(120_000);

const describeLo = describeWithSoffice("the LibreOffice borders test");
const EDITIONS: Edition[] = ["2014", "2019", "2022"];
const REFORM: Record<string, number> = {
  "south-kazakhstan": 2018,
  "east-kazakhstan": 2022,
  "almaty-region": 2022,
  karaganda: 2022,
};

let tmp: string;

describeLo("LibreOffice recalculates the dynamics over the reforms", () => {
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "growth-poles-lo-borders-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("computes each pair's change and movement; the changed territories say so", async () => {
    const years = EDITIONS.map((e) =>
      rateYear(readYearbookTable(editionGrid(e), { year: e }), { year: e })
    );
    const file = join(tmp, "rating.xlsx");
    await writePlanToXlsx(buildRatingPlan(years), file);
    const dyn = recalculated(file, tmp).get("Dynamics")!;
    const header = dyn[3];
    const index = new Map(
      EDITIONS.map((e) => {
        const regions = editionRegions(e);
        const x = independentIndexes(regions.map((g) => g.raw));
        return [e, new Map(regions.map((g, i) => [g.name, { key: g.key, x: x[i] }]))];
      })
    );
    const keyOf = (name: string) =>
      [...index.values()].map((m) => m.get(name)?.key).find((k) => k !== undefined)!;
    let checked = 0;
    let marked = 0;
    for (const [a, b] of [
      ["2014", "2019"],
      ["2019", "2022"],
      ["2014", "2022"],
    ] as const) {
      const change = header.indexOf(`${b} as % of ${a}`);
      const move = header.indexOf(`Class movement ${a}–${b}`);
      expect([change, move].every((c) => c > 0)).toBe(true);
      for (const row of dyn.slice(4, 24)) {
        const key = keyOf(row[0]);
        const x1 = [...index.get(a)!.values()].find((r) => r.key === key)?.x;
        const x2 = [...index.get(b)!.values()].find((r) => r.key === key)?.x;
        if (x1 === undefined || x2 === undefined) {
          expect([row[0], row[change], row[move]]).toEqual([row[0], "", ""]);
        } else if (REFORM[key] && Number(a) < REFORM[key] && REFORM[key] <= Number(b)) {
          expect(row[change]).toMatch(/^not comparable: borders changed in (2018|2022) \(/);
          expect(row[move]).toBe("");
          marked++;
        } else {
          expect(Math.abs(Number(row[change]) - (x2 / x1) * 100)).toBeLessThanOrEqual(1e-9);
          expect(Number(row[move])).toBe(
            CLASS_ORDER.indexOf(independentClass(x2)) - CLASS_ORDER.indexOf(independentClass(x1))
          );
          checked++;
        }
      }
    }
    expect(marked).toBe(1 + 3 + 4);
    expect(checked).toBe(15 + 14 + 12);
    // The counts under the table, as LibreOffice computes them, equal the pairs' counts.
    const labels = dyn.findIndex((row) => row[0] === "Regions up a class or more");
    expect(labels).toBeGreaterThan(24);
    dynamicsPairs(years).forEach((p) => {
      const move = header.indexOf(`Class movement ${p.from}–${p.to}`);
      expect(dyn.slice(labels, labels + 4).map((row) => Number(row[move]))).toEqual([
        p.counts.up,
        p.counts.down,
        p.counts.same,
        p.counts.notComparable,
      ]);
    });
  });

  it("keeps the formulas live for years rated in 2014's borders (--earlier-borders)", async () => {
    const years = rateInEarliestBorders(
      EDITIONS.map((e) => rateYear(readYearbookTable(editionGrid(e), { year: e }), { year: e }))
    );
    const file = join(tmp, "earlier.xlsx");
    await writePlanToXlsx(buildRatingPlan(years), file);
    const sheets = recalculated(file, tmp);
    const dyn = sheets.get("Dynamics")!;
    const header = dyn[3];
    const change = header.indexOf("2022 as % of 2014");
    years[0].regions.forEach((r, i) => {
      const row = dyn[4 + i];
      const later = years[2].regions.find((x) => x.key === r.key)!;
      expect(row[0]).toBe(r.name);
      expect(Math.abs(Number(row[change]) - (later.index / r.index) * 100)).toBeLessThanOrEqual(
        1e-9
      );
    });
    // The summed region's index on the 2022 sheet, recomputed by LibreOffice from the sums.
    const y2022 = sheets.get("2022")!;
    const summed = y2022.find((row) => row[0] === "Восточно-Казахстанская область + область Абай")!;
    const index = y2022[4].indexOf("Index (4)");
    const want = years[2].regions.find((x) => x.key === "east-kazakhstan")!.index;
    expect(Math.abs(Number(summed[index]) - want)).toBeLessThanOrEqual(1e-9);
  });
});
