/**
 * The command line's bad-input suite (issue 16), every case run in English and in Russian: odd
 * .xlsx files (a far stray cell, a zip bomb of a shared string, sheets alike but for case),
 * numbers with malformed digit groups, text files in other encodings, odd region names, the same
 * file twice, and output streams that fail. Each case is rated correctly or refused with a
 * message naming the file and the reason, within seconds.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BIN, buildCli } from "./helpers/cli";
import { SAMPLES_DIR, readTsv, yearbookNumber } from "./helpers/samples";
import { hugeSharedString, workbookZip, writeWorkbookZip } from "./helpers/xlsx-zip";

jest.setTimeout(180_000);

const LANGS = ["en", "ru"] as const;
type Lang = (typeof LANGS)[number];
const ACTIVITY = join(SAMPLES_DIR, "kz-2010-activity.tsv");

let tmp: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-bad-input-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number;
}

/** The command line in a child process, with its wall time and its own peak RSS. */
function run(args: readonly string[], lang: Lang, opts: { input?: string } = {}): Run {
  const rssFile = join(tmp, `rss-${process.pid}.txt`);
  const preload = join(tmp, "rss.js");
  writeFileSync(
    preload,
    `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--require", preload, BIN, ...args, "--lang", lang], {
    cwd: tmp,
    encoding: "utf8",
    timeout: 60_000,
    input: opts.input,
    maxBuffer: 1 << 28,
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" },
  });
  const ms = performance.now() - start;
  let maxRssMb = NaN;
  try {
    maxRssMb = Number(readFileSync(rssFile, "utf8")) / 1024;
  } catch {
    // killed before exit: no figure
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms, maxRssMb };
}

/** The 2010 susceptibility table as a spreadsheet holds it: numbers as numbers. */
function susceptibilityRows(): (string | number)[][] {
  return readTsv("kz-2010-susceptibility.tsv").map((row, r) =>
    row.map((cell, c) => (r > 0 && c !== 1 ? yearbookNumber(cell) : cell))
  );
}

const rate = (input: string, lang: Lang, more: string[] = []) =>
  run(["rate", "--year", "2010", input, ACTIVITY, "--json", ...more], lang);

const regions = (r: Run) =>
  (JSON.parse(r.stdout) as { years: { regions: unknown[] }[] }).years[0].regions;

describe.each(LANGS)(".xlsx inputs that hung or swelled (%s)", (lang) => {
  it("a value in a far stray cell (XFD1048576) is refused at once, naming the cell and the limits", async () => {
    const file = join(tmp, `stray-${lang}.xlsx`);
    await writeWorkbookZip(
      file,
      workbookZip([
        {
          name: "Table 2",
          rows: susceptibilityRows(),
          extraXml: `<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`,
        },
      ])
    );
    const r = rate(file, lang);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.maxRssMb).toBeLessThan(500);
    expect(r.stderr).toContain("XFD1048576");
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(
      lang === "en" ? /200,000 rows, 1,000 columns/ : /200\s000 строк, 1\s000 столбцов/
    );
  });

  it("an empty far cell (a format, no value) does not count: the table is rated", async () => {
    const file = join(tmp, `stray-empty-${lang}.xlsx`);
    await writeWorkbookZip(
      file,
      workbookZip([
        {
          name: "Table 2",
          rows: susceptibilityRows(),
          extraXml: `<row r="1048576"><c r="XFD1048576" s="0"/></row>`,
        },
      ])
    );
    const r = rate(file, lang);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(10_000);
    expect(regions(r)).toHaveLength(16);
  });

  it("sheets are found ignoring case; sheets alike but for case are told apart by the exact name, never guessed", async () => {
    const file = join(tmp, `cases-${lang}.xlsx`);
    const notes = [["not the table"]];
    await writeWorkbookZip(
      file,
      workbookZip([
        { name: "TABLE", rows: notes },
        { name: "Table", rows: susceptibilityRows() },
        { name: "Другая", rows: susceptibilityRows() },
      ])
    );
    expect(regions(rate(`${file}#Table`, lang))).toHaveLength(16);
    expect(regions(rate(`${file}#другая`, lang))).toHaveLength(16);
    const ambiguous = rate(`${file}#table`, lang);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(`${file}#table`);
    expect(ambiguous.stderr).toContain('"TABLE", "Table"');
    expect(ambiguous.stderr).toMatch(lang === "en" ? /only in case/ : /только регистром/);
  });
});

describe("a zip bomb: a 0.4 MB .xlsx holding a 400 MB shared string", () => {
  let bomb: string;
  beforeAll(async () => {
    bomb = join(tmp, "bomb.xlsx");
    const rows = susceptibilityRows();
    const bytes = await writeWorkbookZip(
      bomb,
      workbookZip([{ name: "Table 2", rows }], hugeSharedString(400))
    );
    expect(bytes).toBeLessThan(1_000_000);
  });

  it.each(LANGS)(
    "is refused within seconds under 500 MB, naming the part and the limit (%s)",
    (lang) => {
      const r = rate(bomb, lang);
      expect(r.code).toBe(1);
      expect(r.ms).toBeLessThan(10_000);
      expect(r.maxRssMb).toBeLessThan(500);
      expect(r.stderr).toContain(bomb);
      expect(r.stderr).toContain("xl/sharedStrings.xml");
      expect(r.stderr).toMatch(lang === "en" ? /more than 64 MB/ : /больше чем в 64 МБ/);
    }
  );
});
