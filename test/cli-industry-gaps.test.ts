/**
 * The built command line over a bureau-shaped industry table with a total column and "х": its
 * JSON keeps the region's IT share and gives null KSI, HHI, LQ; LibreOffice recalculating the
 * written specialisation sheet gets the independent figures and leaves those cells empty.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SPEC_LAYOUT } from "../src/sheet";
import { FINANCE, IT, type Gap, industryEdition } from "./fixtures/industry-editions";
import { buildCli, runCli } from "./helpers/cli";
import { independent } from "./helpers/independent-specialisation";
import { haveSoffice, recalculated } from "./helpers/libreoffice";

jest.setTimeout(240_000);

interface SpecJson {
  industries: string[];
  regions: {
    name: string;
    it_share: number | null;
    complete: boolean;
    ksi: number | null;
    hhi: number | null;
    lq: Record<string, number> | null;
  }[];
  findings: { region: string | null; kind: string; message: string }[];
}

const gaps: Gap[] = [
  { region: 2, industry: FINANCE, mark: "х" },
  { region: 11, industry: 1, mark: "…" },
];
const edition = industryEdition("kk", gaps);
const complete = edition.sizes.map((_, j) => !gaps.some((g) => g.region === j));
const want = independent(
  edition.sizes,
  complete,
  edition.sizes.map((r) => r[IT])
);

let tmp: string;
let doc: { years: { specialisation: SpecJson }[] };
const out = () => join(tmp, "gaps.xlsx");
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-gaps-"));
  const file = join(tmp, "industries-2022.tsv");
  writeFileSync(file, edition.grid.map((r) => r.join("\t")).join("\n") + "\n");
  const r = runCli(["rate", "--industries", "2022", file, "--json", "--out", out()], tmp);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  doc = JSON.parse(r.stdout);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("growth-poles rate --industries over a table with a total column and gaps", () => {
  it("reads six industries (the total is not one) and gives the independent figures", () => {
    const spec = doc.years[0].specialisation;
    expect(spec.industries).toHaveLength(6);
    spec.regions.forEach((r, j) => {
      expect([r.name, r.complete]).toEqual([edition.names[j], complete[j]]);
      expect(r.it_share!).toBeCloseTo(want[j].it!, 12);
      if (complete[j]) {
        expect(r.ksi!).toBeCloseTo(want[j].ksi!, 12);
        expect(r.hhi!).toBeCloseTo(want[j].hhi!, 12);
        Object.values(r.lq!).forEach((q, c) => expect(q).toBeCloseTo(want[j].lq![c], 12));
      } else expect([r.ksi, r.hhi, r.lq]).toEqual([null, null, null]);
    });
    for (const g of gaps)
      expect(
        spec.findings.some(
          (f) => f.region === edition.names[g.region] && f.message.includes(`"${g.mark}"`)
        )
      ).toBe(true);
  });

  (haveSoffice ? it : it.skip)(
    "LibreOffice computes the same from the sheet's formulas and leaves the gaps empty",
    () => {
      const rows = recalculated(out(), tmp).get("Specialisation 2022")!;
      const header = rows[SPEC_LAYOUT.header];
      const col = (h: string) => header.indexOf(h);
      const [ksi, hhi, it] = ["KSI", "HHI", "IT share of the country"].map(col);
      const lq = ksi + 5;
      expect([ksi, hhi, it].every((c) => c > 0)).toBe(true);
      edition.sizes.forEach((_, j) => {
        const row = rows[SPEC_LAYOUT.firstRegion + j];
        expect(row[0]).toBe(edition.names[j]);
        expect(Math.abs(Number(row[it]) - want[j].it!)).toBeLessThanOrEqual(1e-9);
        if (!complete[j]) {
          expect([row[ksi], row[hhi], ...row.slice(lq, lq + 6)]).toEqual(Array(8).fill(""));
          return;
        }
        expect(Math.abs(Number(row[ksi]) - want[j].ksi!)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(Number(row[hhi]) - want[j].hhi!)).toBeLessThanOrEqual(1e-9);
        want[j].lq!.forEach((q, c) =>
          expect(Math.abs(Number(row[lq + c]) - q)).toBeLessThanOrEqual(1e-9)
        );
      });
    }
  );
});
