/**
 * The workbook as printed, in both languages, every sheet kind (year, dynamics, specialisation
 * with one IT column and with industries, growth poles): written to xlsx, rendered by LibreOffice
 * to PDF (and PNG, test-artifacts/print-*.png), and every word of every wrapped header found
 * whole in the PDF's text: none broken mid-word ("производител ьность") nor cut off
 * ("предупреждени"). The page setup is checked against the 8 pt rule.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, copyFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Lang } from "../src/i18n";
import {
  buildStage2Plan,
  rateYear,
  readSpecialisationTable,
  readYearbookTable,
  specialiseYear,
  type WorkbookPlan,
} from "../src/sheet";
import { sheetWidthPt } from "../src/sheet/plan";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { industryGrid } from "./fixtures/industries";
import { syntheticGrid } from "./fixtures/synthetic";
import { renderPdf } from "./helpers/libreoffice";
import { readTsv, sampleYear } from "./helpers/samples";

jest.setTimeout(300_000);

const ARTIFACTS = join(__dirname, "..", "test-artifacts");
const have = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: "utf8" }).status === 0;
const tools = have("soffice", "--version") && have("pdftoppm", "-v") && have("pdftotext", "-v");
if (!tools && process.env.CI) throw new Error("soffice, pdftoppm and pdftotext are required in CI");
const describeLo = tools ? describe : describe.skip;

/** The sample's two years with Table 7's IT shares: year, dynamics, specialisation, growth. */
function samplePlan(lang: Lang): WorkbookPlan {
  const rated = ["2010", "2014"].map((y) => rateYear({ ...sampleYear(y) }, { lang }));
  const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"), { lang });
  const specs = ["2010", "2014"].map((year) => specialiseYear(table7, { year, lang }));
  return buildStage2Plan(rated, specs, { lang }).plan;
}

/** A year with a table of industries: the specialisation sheet with every industry's columns. */
function industriesPlan(lang: Lang): WorkbookPlan {
  const rated = [rateYear(readYearbookTable(syntheticGrid(12), { year: "2020", lang }), { lang })];
  const specs = [
    specialiseYear(readSpecialisationTable(industryGrid(12), { lang }), { year: "2020", lang }),
  ];
  return buildStage2Plan(rated, specs, { lang }).plan;
}

/** Words of the wrapped (header) cells: letters only, three or more. */
function headerWords(plan: WorkbookPlan): Set<string> {
  const words = new Set<string>();
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks)
      if (block.style?.wrapText)
        for (const value of (block.values ?? []).flat())
          if (typeof value === "string")
            for (const w of value.split(/\s+/)) {
              const bare = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
              if (/^[\p{L}-]{3,}$/u.test(bare)) words.add(bare);
            }
  return words;
}

function pdfWords(pdf: string): Set<string> {
  const text = spawnSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).stdout;
  // A line broken after a hyphen ("runner-" / "up") breaks no word: the two parts are one word.
  const joined = text.replace(/(\p{L})-\s*\n\s*(\p{L})/gu, "$1-$2");
  return new Set(joined.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")));
}

describeLo("printed workbooks: headers whole, pages legible", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "print-"));
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test.each([
    ["en", "sample"],
    ["ru", "sample"],
    ["en", "industries"],
    ["ru", "industries"],
  ] as const)("%s, %s: every header word is printed whole", async (lang, which) => {
    const plan = which === "sample" ? samplePlan(lang) : industriesPlan(lang);
    const file = join(tmp, `print-${lang}-${which}.xlsx`);
    await writePlanToXlsx(plan, file);
    const pdf = renderPdf(file, tmp);
    const printed = pdfWords(pdf);
    const missing = [...headerWords(plan)].filter((w) => !printed.has(w));
    expect(missing).toEqual([]);
    // Every sheet's titles on one line of one page: none cut at a page's edge (print-pages.ts),
    // the legend's title among them ("Шкала рейтинга (табл. 1)" came out as "Шка" | "ла ...").
    const lines = new Set(
      spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
        .stdout.split("\n")
        .flatMap((l) => l.trim().split(/\s{2,}/))
    );
    const titles = plan.sheets.flatMap((s) =>
      s.blocks
        .filter((b) => b.role === "legend-title" || b.role === "sorted-title")
        .map((b) => String(b.values![0][0]))
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => !lines.has(t))).toEqual([]);
    const prefix = join(tmp, `print-${lang}-${which}`);
    spawnSync("pdftoppm", ["-r", "60", "-png", pdf, prefix]);
    for (const png of readdirSync(tmp).filter(
      (f) => f.startsWith(`print-${lang}-${which}`) && f.endsWith(".png")
    ))
      copyFileSync(join(tmp, png), join(ARTIFACTS, png));
  });

  test("each sheet fits one page wide only where the text stays at 8 pt or more", () => {
    for (const lang of ["en", "ru"] as const)
      for (const plan of [samplePlan(lang), industriesPlan(lang)])
        for (const sheet of plan.sheets) {
          const setup = sheet.pageSetup!;
          const width = sheetWidthPt(sheet);
          // A4 landscape's printable width with normal margins, and 11 pt scaled to it.
          const scaled = (11 * 742) / width;
          if (setup.fitToWidth) expect(scaled >= 8 || width <= 742).toBe(true);
          else if (setup.orientation === "landscape") expect(scaled).toBeLessThan(8);
          if (width <= 495) expect(setup.orientation).toBe("portrait");
        }
  });
});
