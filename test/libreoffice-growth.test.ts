/**
 * Stage 2 end to end through the real command line and a real spreadsheet engine: on a SYNTHETIC
 * region x industry table (test/fixtures/industries.ts) joined to a synthetic rating, the JSON's
 * KSI (each reference), HHI, LQ and IT share equal the core's; LibreOffice's recalculation of the
 * written specialisation sheet equals them within 1e-9; the growth-poles verdicts it computes
 * equal the core's, and change as the core's do when a threshold cell is edited in the file.
 * The bundled sample (Tables 2-7) goes the same way.
 */
import { spawnSync } from "child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import {
  KsiReference,
  herfindahl,
  herfindahlNormalised,
  krugmanIndex,
  locationQuotients,
  nationalShare,
} from "../src/core";
import {
  GROWTH_LAYOUT,
  SPEC_LAYOUT,
  buildStage2Plan,
  growthPoles,
  rateYear,
  readSpecialisationTable,
  readYearbookTable,
  specialiseYear,
} from "../src/sheet";
import { IT_COLUMN, industryGrid, industryHeaders, industrySizes } from "./fixtures/industries";
import { syntheticGrid } from "./fixtures/synthetic";
import { describeWithSoffice, recalculated, soffice } from "./helpers/libreoffice";
import { readTsv, sampleYear } from "./helpers/samples";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..");
const ARTIFACTS = join(ROOT, "test-artifacts");
const BIN = join(ROOT, "bin", "growth-poles.js");
const N = 12;
const sizes = industrySizes(N);
const headers = industryHeaders();

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

interface SpecJson {
  reference: string | null;
  industries: string[];
  it_industry: string | null;
  regions: {
    name: string;
    it_share: number | null;
    ksi: number | null;
    hhi: number | null;
    hhi_normalised: number | null;
    lq: Record<string, number> | null;
    tier: string;
  }[];
}

const tsv = (grid: string[][]) => grid.map((row) => row.join("\t")).join("\n") + "\n";

let tmp: string;
let ratingFile: string;
let industryFile: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-stage2-"));
  ratingFile = join(tmp, "rating-2020.tsv");
  industryFile = join(tmp, "industries-2020.tsv");
  writeFileSync(ratingFile, tsv(syntheticGrid(N)));
  writeFileSync(industryFile, tsv(industryGrid(N)));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(reference: KsiReference, out: string, extra: string[] = []) {
  const doc = JSON.parse(
    run([
      "rate",
      "--year",
      "2020",
      ratingFile,
      "--industries",
      "2020",
      industryFile,
      "--reference",
      reference,
      "--json",
      "--out",
      out,
      "--force",
      ...extra,
    ])
  );
  return { spec: doc.years[0].specialisation as SpecJson, poles: doc.growth_poles };
}

/** The core's figures straight from the fixture's numbers. */
function coreFigures(reference: KsiReference) {
  return {
    ksi: krugmanIndex(sizes, reference),
    hhi: sizes.map((row) => herfindahl(row)),
    hhiN: sizes.map((row) => herfindahlNormalised(row)),
    lq: locationQuotients(sizes),
    it: nationalShare(sizes.map((row) => row[IT_COLUMN])),
  };
}

describe("growth-poles rate --industries: JSON equals the core (synthetic table)", () => {
  it.each(["rest", "national", "mean"] as const)(
    "reference %s: KSI, HHI, LQ and IT share",
    (reference) => {
      const { spec } = cli(reference, join(tmp, `json-${reference}.xlsx`));
      const core = coreFigures(reference);
      expect(spec.reference).toBe(reference);
      expect(spec.industries.map((h) => h.replace(/, тыс\. человек$/, ""))).toEqual(headers);
      expect(spec.it_industry).toMatch(/Информация и связь/);
      expect(spec.regions.map((r) => r.name)).toEqual(sizes.map((_, j) => `Region ${j + 1}`));
      spec.regions.forEach((r, j) => {
        expect(r.ksi).toBeCloseTo(core.ksi[j], 12);
        expect(r.hhi).toBeCloseTo(core.hhi[j], 12);
        expect(r.hhi_normalised).toBeCloseTo(core.hhiN[j], 12);
        expect(r.it_share).toBeCloseTo(core.it[j]!, 12);
        Object.values(r.lq!).forEach((q, k) => expect(q).toBeCloseTo(core.lq[j][k], 12));
      });
    }
  );
});

describeWithSoffice("the stage 2 workbook in LibreOffice")(
  "the stage 2 workbook recalculated by LibreOffice",
  () => {
    it.each(["rest", "national", "mean"] as const)(
      "reference %s: the specialisation sheet's formulas give the core's figures within 1e-9",
      (reference) => {
        const file = join(tmp, `lo-${reference}.xlsx`);
        cli(reference, file);
        const rows = recalculated(file, tmp).get("Specialisation 2020")!;
        const header = rows[SPEC_LAYOUT.header];
        const col = (h: string) => {
          const c = header.indexOf(h);
          if (c < 0) throw new Error(`no column ${h} in ${header.join(" | ")}`);
          return c;
        };
        const [ksiCol, hhiCol, hhiNCol, itCol] = [
          "KSI",
          "HHI",
          "HHI normalised",
          "IT share of the country",
        ].map(col);
        const lqCol = ksiCol + 5;
        const core = coreFigures(reference);
        let worst = 0;
        const near = (got: string, want: number) => {
          const d = Math.abs(Number(got) - want);
          worst = Math.max(worst, d);
          expect(d).toBeLessThanOrEqual(1e-9);
        };
        sizes.forEach((_, j) => {
          const row = rows[SPEC_LAYOUT.firstRegion + j];
          expect(row[0]).toBe(`Region ${j + 1}`);
          near(row[ksiCol], core.ksi[j]);
          near(row[hhiCol], core.hhi[j]);
          near(row[hhiNCol], core.hhiN[j]);
          near(row[itCol], core.it[j]!);
          core.lq[j].forEach((q, k) => near(row[lqCol + k], q));
        });
        expect(worst).toBeLessThanOrEqual(1e-9);
      }
    );

    it("verdicts are formulas over the threshold cells: editing a threshold in the file changes them as the core says", async () => {
      const file = join(tmp, "verdicts.xlsx");
      const { poles } = cli("rest", file);
      const verdicts = (rows: string[][]) => {
        const header = rows[GROWTH_LAYOUT.header];
        const v = header.indexOf("Verdict");
        const out = new Map<string, string>();
        for (let r = GROWTH_LAYOUT.firstRegion; r < GROWTH_LAYOUT.firstRegion + N; r++)
          out.set(rows[r][0], rows[r][v]);
        return out;
      };
      const before = verdicts(recalculated(file, tmp).get("Growth poles")!);
      for (const r of poles.regions as { name: string; candidate: boolean }[])
        expect(before.get(r.name)).toBe(r.candidate ? "candidate" : "not a candidate");

      // The economist lowers the bar: every group leads, IT share from the median region's.
      const rated = [rateYear(readYearbookTable(syntheticGrid(N), { year: "2020" }))];
      const specs = [specialiseYear(readSpecialisationTable(industryGrid(N)), { year: "2020" })];
      const shares = specs[0].regions.map((r) => r.itShare!).sort((a, b) => a - b);
      const min = shares[Math.floor(N / 2)];
      const expected = growthPoles(rated, specs, { minItShare: min, groups: ["A", "B", "C", "D"] });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet("Growth poles")!;
      ws.getCell(GROWTH_LAYOUT.minItShare + 1, 2).value = min;
      ws.getCell(GROWTH_LAYOUT.groups + 1, 2).value = "A,B,C,D";
      const edited = join(tmp, "verdicts-edited.xlsx");
      await wb.xlsx.writeFile(edited);
      const after = verdicts(recalculated(edited, tmp).get("Growth poles")!);
      for (const r of expected.regions)
        expect(after.get(r.name)).toBe(r.candidate ? "candidate" : "not a candidate");
      const candidates = (m: Map<string, string>) =>
        [...m]
          .filter(([, v]) => v === "candidate")
          .map(([k]) => k)
          .sort();
      expect(candidates(after)).not.toEqual(candidates(before));
      expect(candidates(after)).toHaveLength(expected.regions.filter((r) => r.candidate).length);
      expect(candidates(after).length).toBeGreaterThanOrEqual(N / 2 - 1);
    });

    it("the bundled sample: the growth-poles sheet's verdicts and IT shares equal the command line's JSON", () => {
      const file = join(tmp, "sample.xlsx");
      const doc = JSON.parse(run(["rate", "--json", "--out", file]));
      const rows = recalculated(file, tmp).get("Growth poles")!;
      const header = rows[GROWTH_LAYOUT.header];
      const v = header.indexOf("Verdict");
      const it2014 = header.indexOf("IT share 2014");
      const it2010 = header.indexOf("IT share 2010");
      const json2014 = new Map(
        (doc.years[1].specialisation as SpecJson).regions.map((r) => [r.name, r.it_share])
      );
      const json2010 = new Map(
        (doc.years[0].specialisation as SpecJson).regions.map((r) => [r.name, r.it_share])
      );
      const candidates: string[] = [];
      for (let r = GROWTH_LAYOUT.firstRegion; r < GROWTH_LAYOUT.firstRegion + 16; r++) {
        const row = rows[r];
        const want = (doc.growth_poles.regions as { name: string; candidate: boolean }[]).find(
          (x) => x.name === row[0]
        )!;
        expect(row[v]).toBe(want.candidate ? "candidate" : "not a candidate");
        if (row[v] === "candidate") candidates.push(row[0]);
        for (const [c, json] of [
          [it2014, json2014],
          [it2010, json2010],
        ] as const) {
          const share = json.get(row[0]);
          if (share === null) expect(row[c]).toBe("");
          else expect(Math.abs(Number(row[c]) - share!)).toBeLessThanOrEqual(1e-12);
        }
      }
      // Candidates first on the sheet.
      const order = rows
        .slice(GROWTH_LAYOUT.firstRegion, GROWTH_LAYOUT.firstRegion + 16)
        .map((row) => row[v]);
      expect(order.slice(0, candidates.length).every((x) => x === "candidate")).toBe(true);
      console.log(`sample growth poles (default thresholds): ${candidates.join(", ")}`);
    });

    it("renders the sample's specialisation and growth-poles sheets to PNG in test-artifacts/", async () => {
      // Values only, so the two sheets stand without the rating sheets they refer to.
      const years = ["2010", "2014"].map((y) => rateYear(sampleYear(y)));
      const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"));
      const specs = ["2010", "2014"].map((year) => specialiseYear(table7, { year }));
      const { plan } = buildStage2Plan(years, specs, { formulas: false });
      const file = join(tmp, "growth-sheets.xlsx");
      await writePlanToXlsx(
        {
          sheets: plan.sheets.filter(
            (x) => x.role === "growth-poles" || x.name === "Specialisation 2014"
          ),
        },
        file,
        { valuesOnly: true }
      );
      soffice(["--convert-to", "pdf", "--outdir", tmp, file]);
      const pdf = join(tmp, "growth-sheets.pdf");
      expect(existsSync(pdf)).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      if (spawnSync("pdftoppm", ["-v"]).status === 0) {
        const r = spawnSync(
          "pdftoppm",
          ["-png", "-r", "110", pdf, join(ARTIFACTS, "growth-sheets")],
          { encoding: "utf8" }
        );
        expect(r.status).toBe(0);
        expect(readdirSync(ARTIFACTS).some((f) => /^growth-sheets-\d+\.png$/.test(f))).toBe(true);
      } else copyFileSync(pdf, join(ARTIFACTS, "growth-sheets.pdf"));
    });
  }
);
