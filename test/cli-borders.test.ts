/**
 * The built command line over yearbook-shaped tables of 2014, 2019 and 2022 (made by the test):
 * its JSON never compares territories a reform changed, and its counts leave them out.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { type Edition, editionGrid, editionRegions } from "./fixtures/editions";
import { buildCli, runCli } from "./helpers/cli";
import { CLASS_ORDER, independentClass, independentIndexes } from "./helpers/independent-index";

jest.setTimeout(120_000);

interface JsonPair {
  from: string;
  to: string;
  kind: string;
  counts: { up: number; down: number; same: number; notComparable: number };
  regions: {
    key: string;
    change: number | null;
    movement: number | null;
    comparable: boolean;
    note?: string;
    borders?: { year: number; separated: string }[];
  }[];
}

const EDITIONS: Edition[] = ["2014", "2019", "2022"];
const REFORM: Record<string, number> = {
  "south-kazakhstan": 2018,
  "east-kazakhstan": 2022,
  "almaty-region": 2022,
  karaganda: 2022,
};

let tmp: string;
const files: string[] = [];
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-borders-"));
  for (const e of EDITIONS) {
    const file = join(tmp, `table-${e}.tsv`);
    writeFileSync(
      file,
      editionGrid(e, e === "2019" ? "kk" : "ru")
        .map((r) => r.join("\t"))
        .join("\n")
    );
    files.push(file);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const args = () => EDITIONS.flatMap((e, i) => ["--year", e, files[i]]);

describe("growth-poles rate over the reforms", () => {
  it("marks the pairs across a reform in the JSON, computes the others, counts them apart", () => {
    const r = runCli(["rate", ...args(), "--json"], tmp);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { dynamics: JsonPair[] };
    expect(doc.dynamics.map((p) => `${p.from}-${p.to}`)).toEqual([
      "2014-2019",
      "2019-2022",
      "2014-2022",
    ]);
    const index = new Map(
      EDITIONS.map((e) => {
        const regions = editionRegions(e, e === "2019" ? "kk" : "ru");
        const x = independentIndexes(regions.map((g) => g.raw));
        return [e, new Map(regions.map((g, i) => [g.key, x[i]]))];
      })
    );
    for (const p of doc.dynamics) {
      const [a, b] = [index.get(p.from as Edition)!, index.get(p.to as Edition)!];
      const counts = { up: 0, down: 0, same: 0, notComparable: 0 };
      for (const region of p.regions) {
        const x1 = a.get(region.key);
        const x2 = b.get(region.key);
        const reform = REFORM[region.key];
        if (x1 === undefined || x2 === undefined) {
          expect([region.key, region.change]).toEqual([region.key, null]);
        } else if (reform && Number(p.from) < reform && reform <= Number(p.to)) {
          counts.notComparable++;
          expect(region).toMatchObject({ comparable: false, change: null, movement: null });
          expect(region.note).toBe(
            `not comparable: borders changed in ${reform} (${
              {
                2018: "Shymkent city separated",
                2022:
                  { "east-kazakhstan": "Abai", "almaty-region": "Jetisu", karaganda: "Ulytau" }[
                    region.key as "karaganda"
                  ] + " region separated",
              }[reform]
            })`
          );
        } else {
          expect(region.comparable).toBe(true);
          expect(region.change!).toBeCloseTo((x2 / x1) * 100, 6);
          const m =
            CLASS_ORDER.indexOf(independentClass(x2)) - CLASS_ORDER.indexOf(independentClass(x1));
          expect(region.movement).toBe(m);
          counts[m > 0 ? "up" : m < 0 ? "down" : "same"]++;
        }
      }
      expect(p.counts).toEqual(counts);
    }
    expect(doc.dynamics[0].counts.notComparable).toBe(1);
    expect(doc.dynamics[1].counts.notComparable).toBe(3);
    expect(doc.dynamics[2].counts.notComparable).toBe(4);
  });

  it("prints the counts in Russian in the summary", () => {
    const out = join(tmp, "rating.xlsx");
    const r = runCli(["rate", ...args(), "--out", out, "--lang", "ru"], tmp);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2014–2019: выше \d+, ниже \d+, тот же класс \d+, несопоставимо 1/);
    expect(r.stdout).toMatch(/2014–2022: .*несопоставимо 4/);
    expect(r.stdout).toContain(
      "  Южно-Казахстанская область: несопоставимо: границы изменились в 2018 г. (выделен г. Шымкент)"
    );
  });

  it("--earlier-borders: later years in 2014's borders, every pair comparable, the sums named", () => {
    const r = runCli(["rate", ...args(), "--earlier-borders", "--json"], tmp);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      years: { year: string; regions: { name: string; key: string }[] }[];
      dynamics: JsonPair[];
    };
    expect(doc.years.map((y) => y.regions.length)).toEqual([16, 16, 16]);
    expect(doc.years[1].regions.find((g) => g.key === "south-kazakhstan")!.name).toBe(
      "Түркістан облысы + Шымкент қаласы"
    );
    expect(doc.dynamics.map((p) => p.counts.notComparable)).toEqual([0, 0, 0]);
    expect(runCli(["--help"], tmp).stdout).toContain("--earlier-borders");
  });
});
