/**
 * The Russian rating workbook as a person sees it: the plan built with lang "ru" (what
 * `growth-poles rate --lang ru` writes), written to xlsx, rendered by LibreOffice to PDF and PNG
 * (test-artifacts/rating-ru-*.png), and the PDF's text read back: headers, the scale's meanings,
 * the findings and the dynamics are in Russian, none of the English headers is left.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildRatingPlan, joinTables, rateYear, readYearbookTable } from "../src/sheet";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { renderPdf } from "./helpers/libreoffice";
import { readTsv } from "./helpers/samples";

jest.setTimeout(180_000);

const ARTIFACTS = join(__dirname, "..", "test-artifacts");
const have = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: "utf8" }).status === 0;
const tools = have("soffice", "--version") && have("pdftoppm", "-v") && have("pdftotext", "-v");
if (!tools) {
  if (process.env.CI)
    throw new Error(
      "soffice, pdftoppm and pdftotext are required in CI for the Russian workbook test"
    );
  console.warn("soffice/pdftoppm/pdftotext not found: skipping the rendered Russian workbook test");
}
const describeLo = tools ? describe : describe.skip;

const messy2010 = () =>
  readFileSync(join(__dirname, "fixtures", "kz-2010-susceptibility-messy.tsv"), "utf8")
    .split("\n")
    .map((line) => line.split("\t"));

describeLo("the Russian workbook rendered by LibreOffice", () => {
  let tmp: string;
  let text: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "rating-ru-"));
    const lang = "ru" as const;
    const y2010 = rateYear(
      joinTables(
        [
          readYearbookTable(messy2010(), { lang, year: "2010" }),
          readYearbookTable(readTsv("kz-2010-activity.tsv"), { lang, year: "2010" }),
        ],
        { lang }
      ),
      { lang }
    );
    const y2014 = rateYear(
      joinTables(
        [
          readYearbookTable(readTsv("kz-2014-susceptibility.tsv"), { lang, year: "2014" }),
          readYearbookTable(readTsv("kz-2014-activity.tsv"), { lang, year: "2014" }),
        ],
        { lang }
      ),
      { lang }
    );
    const file = join(tmp, "rating-ru.xlsx");
    const plan = buildRatingPlan([y2010, y2014], { lang, alphabet: "cyrillic" });
    // Each sheet on one page wide, so no title is cut at a page's edge and read in two pieces. How a
    // sheet prints for a user is print-layout's, checked in libreoffice-headers.test.ts.
    for (const s of plan.sheets) s.pageSetup = { orientation: "landscape", fitToWidth: true };
    await writePlanToXlsx(plan, file);
    const pdf = renderPdf(file, tmp, 150_000);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const old of readdirSync(ARTIFACTS).filter((f) => /^rating-ru-\d+\.png$/.test(f)))
      rmSync(join(ARTIFACTS, old));
    const png = spawnSync("pdftoppm", ["-png", "-r", "200", pdf, join(ARTIFACTS, "rating-ru")], {
      encoding: "utf8",
    });
    if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
    const txt = spawnSync("pdftotext", ["-layout", pdf, "-"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (txt.status !== 0) throw new Error(`pdftotext failed: ${txt.stderr}`);
    text = txt.stdout.replace(/\s+/g, " ");
  });

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("renders the pages to PNG", () => {
    const pages = readdirSync(ARTIFACTS).filter((f) => /^rating-ru-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThan(0);
    console.log(`Russian workbook: ${pages.length} pages in test-artifacts/ (${pages[0]} ...)`);
  });

  it("has Russian titles, headers and scale meanings", () => {
    // Wrapped header cells come out of pdftotext in pieces; these are on one line.
    for (const words of [
      "Инновационное развитие регионов, 2010",
      "Метод: Киреева и Цой (2018)",
      "Данные статистического ежегодника",
      "Оценки, % от региона-лидера (1)",
      "Рейтинг",
      "Регион",
      "Оценка",
      "Класс",
      "Ранг",
      "Шкала рейтинга (табл. 1)",
      "Значение",
      "сверхвысокий уровень инновационного развития",
      "Регионы по индексу (данные диаграммы)",
    ]) {
      expect(text).toContain(words);
    }
  });

  it("has Russian findings: title, header, kinds, severities and messages with Russian numbers", () => {
    for (const words of [
      "Замечания (27)", // 2014: 21 mismatches, 2 implausible, S_C printed only, the scored list, 2 dominant leaders
      "Показатель",
      "Вид",
      "Важность",
      "Сообщение",
      "расхождение",
      "предупреждение",
      "пропуск строки",
      "лидер-доминант",
      "сомнительно",
      "примечание",
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/опубликовано 3\s243,87, но ВРП × 1000 \/ занятые = 6\s035,08/);
  });

  it("has the dynamics in Russian", () => {
    expect(text).toContain("Индекс инновационного развития, 2010–2014");
    expect(text).toContain(
      "Индекс и класс каждого года (табл. 6); изменение = индекс 2014 / индекс 2010 × 100."
    );
  });

  it("keeps none of the English headers", () => {
    for (const english of [
      "Findings",
      "Region",
      "Severity",
      "Message",
      "Rating scale",
      "super-high",
      "Dynamics",
      "Class movement",
      "printed",
      "recomputed",
      "mismatch",
    ]) {
      expect(text).not.toContain(english);
    }
  });
});
