/**
 * The command line's bad-input suite (issue 16), every case run in English and in Russian: odd
 * .xlsx files (a far stray cell, a zip bomb of a shared string, sheets alike but for case),
 * numbers with malformed digit groups, text files in other encodings, odd region names, the same
 * file twice, and output streams that fail. Each case is rated correctly or refused with a
 * message naming the file and the reason, within seconds.
 */
import { spawnSync } from "child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CliError } from "../src/cli/errors";
import { checkOutput } from "../src/cli/output";
import { translator } from "../src/i18n/cli";
import { syntheticGrid } from "./fixtures/synthetic";
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

/** The 2010 susceptibility table as its text lines, to be spoiled one way or another. */
const susceptibilityText = () =>
  readFileSync(join(SAMPLES_DIR, "kz-2010-susceptibility.tsv"), "utf8");

type JsonYear = {
  regions: { name: string; index: number }[];
  findings: { region: string | null; kind: string; message: string }[];
};
const years = (r: Run) => (JSON.parse(r.stdout) as { years: JsonYear[] }).years;

describe.each(LANGS)("numbers, encodings, names and outputs (%s)", (lang) => {
  const file = (name: string) => join(tmp, `${lang}-${name}`);
  let reference: JsonYear;
  beforeAll(() => {
    reference = years(rate(join(SAMPLES_DIR, "kz-2010-susceptibility.tsv"), lang))[0];
  });

  it("a figure with a malformed digit group is an unreadable cell with the reason, never 585965.4", () => {
    const spoiled = file("groups.tsv");
    writeFileSync(spoiled, susceptibilityText().replace("585 965,4", "585 96 5,4"));
    const [y] = years(rate(spoiled, lang));
    const finding = y.findings.find((f) => f.kind === "unreadable");
    expect(finding?.region).toBe("Акмолинская");
    expect(finding?.message).toContain(lang === "en" ? '"585 96 5,4"' : "«585 96 5,4»");
    expect(finding?.message).toMatch(lang === "en" ? /grouped other than in threes/ : /не по три/);
  });

  it('reads Excel\'s "Unicode text" (UTF-16 with BOM) as the same table', () => {
    for (const [name, bytes] of [
      [
        "unicode.txt",
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(susceptibilityText(), "utf16le")]),
      ],
      [
        "unicode-be.csv",
        Buffer.concat([
          Buffer.from([0xfe, 0xff]),
          Buffer.from(susceptibilityText(), "utf16le").swap16(),
        ]),
      ],
    ] as const) {
      writeFileSync(file(name), bytes);
      const [y] = years(rate(file(name), lang));
      expect(y.regions.map((r) => [r.name, r.index])).toEqual(
        reference.regions.map((r) => [r.name, r.index])
      );
    }
  });

  it("refuses a file mixing UTF-8 and Windows-1251, naming a line of each", () => {
    const lines = susceptibilityText().split("\n");
    const cp1251 = (text: string) =>
      Buffer.from(
        [...text].map((ch) =>
          ch >= "А" && ch <= "я" ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0)
        )
      );
    const bytes = Buffer.concat(
      lines.map((line, i) =>
        Buffer.concat([i === 3 ? cp1251(line) : Buffer.from(line, "utf8"), Buffer.from("\n")])
      )
    );
    writeFileSync(file("mixed.csv"), bytes);
    const r = rate(file("mixed.csv"), lang);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file("mixed.csv"));
    expect(r.stderr).toMatch(
      lang === "en"
        ? /line 4 is not in UTF-8 .* line 1 is in UTF-8/
        : /строка 4 не в кодировке UTF-8.*строка 1 в UTF-8/
    );
  });

  it("refuses a name holding an escape sequence, naming the cell, before anything reaches the terminal", () => {
    writeFileSync(
      file("escape.tsv"),
      // A row other than the second, so that its name (B4) tells row from column.
      susceptibilityText().replace("Алматинская", "Алмат\u001b[2J\u001b[31mинская")
    );
    const r = rate(file("escape.tsv"), lang);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).toContain("B4");
    expect(r.stderr).toContain("U+001B");
  });

  it("a line break inside a name is one space in the JSON, the summary and the workbook alike", () => {
    // Both tables as CSV, the name wrapped in a quoted cell (Alt+Enter in Excel).
    const wrapped = (sample: string, name: string) => {
      const csv = readFileSync(join(SAMPLES_DIR, sample), "utf8")
        .split("\n")
        // As Excel writes CSV: lines end in CR LF, a line break inside a cell is LF.
        .map((line) =>
          line
            .split("\t")
            .map((cell) => (cell === "Акмолинская" ? '"Акмолинская\nобласть"' : cell))
            .join(";")
        )
        .join("\r\n");
      writeFileSync(file(name), csv);
      return file(name);
    };
    const inputs = [
      wrapped("kz-2010-susceptibility.tsv", "wrapped-s.csv"),
      wrapped("kz-2010-activity.tsv", "wrapped-a.csv"),
    ];
    const json = run(["rate", "--year", "2010", ...inputs, "--json"], lang);
    expect(years(json)[0].regions.map((r) => r.name)).toContain("Акмолинская область");
    const out = file("wrapped.xlsx");
    const summary = run(["rate", "--year", "2010", ...inputs, "--out", out, "--force"], lang);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/ Акмолинская область\n/);
    const strings = spawnSync("unzip", ["-p", out, "xl/sharedStrings.xml"], { encoding: "utf8" });
    expect(strings.stdout).toContain(">Акмолинская область<");
    expect(strings.stdout).not.toMatch(/Акмолинская\s*[\r\n]/);
  });

  it("refuses a name longer than a cell holds (32,767 characters)", () => {
    writeFileSync(
      file("long.tsv"),
      susceptibilityText().replace("Акмолинская", "Ак".repeat(20_000))
    );
    const r = rate(file("long.tsv"), lang);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("B2");
    expect(r.stderr).toMatch(
      lang === "en" ? /40,000 characters, more than the 32,767/ : /40\s000 знаков, больше 32\s767/
    );
  });

  it("refuses the same file given twice, whatever its spelling", () => {
    const same = join(SAMPLES_DIR, "..", "kazakhstan", "kz-2010-activity.tsv");
    const r = run(["rate", "--year", "2010", ACTIVITY, same, "--json"], lang);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(same);
    expect(r.stderr).toMatch(lang === "en" ? /is given twice/ : /указан дважды/);
  });

  it("a reader that stops early (| head -c 100) ends the output quietly, no stack trace", () => {
    const big = file("big.tsv");
    writeFileSync(
      big,
      syntheticGrid(3000)
        .map((row) => row.join("\t"))
        .join("\n")
    );
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${BIN}" rate --year 2020 "${big}" --json --lang ${lang} 2>"${file("epipe.err")}" | head -c 100 >/dev/null; echo \${PIPESTATUS[0]}`,
      ],
      { encoding: "utf8", cwd: tmp }
    );
    expect(r.stdout.trim()).toBe("0");
    expect(readFileSync(file("epipe.err"), "utf8")).not.toMatch(/Error|at |EPIPE/);
  });

  it("a full disk under standard output (> /dev/full) is exit 3 with a message; the workbook is whole", () => {
    const out = file("full.xlsx");
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${BIN}" rate --json --out "${out}" --force --lang ${lang} > /dev/full`,
      ],
      { encoding: "utf8", cwd: tmp }
    );
    expect(r.status).toBe(3);
    expect(r.stderr).not.toMatch(/Unhandled|\n\s+at /);
    expect(r.stderr).toMatch(
      lang === "en"
        ? /standard output cannot be written: no space left/
        : /не удаётся записать стандартный вывод: на устройстве/
    );
    expect(spawnSync("unzip", ["-tq", out], { encoding: "utf8" }).status).toBe(0);
  });

  it("writing a workbook prints no DeprecationWarning, with --json too", () => {
    const out = file("quiet.xlsx");
    const r = run(["rate", "--json", "--out", out, "--force"], lang);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/Warning/);
  });

  it("--force keeps the replaced workbook's permissions (a private 0600 file stays private)", () => {
    for (const mode of [0o600, 0o640]) {
      const out = file(`private-${mode.toString(8)}.xlsx`);
      expect(run(["rate", "--out", out], lang).code).toBe(0);
      chmodSync(out, mode);
      expect(run(["rate", "--out", out, "--force"], lang).code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(mode);
    }
  });
});

// The module object itself, not an import's copy of it, so that the spy is what output.ts calls.
const nodeFs: typeof import("node:fs") = require("node:fs");

describe("a read-only file system", () => {
  afterEach(() => jest.restoreAllMocks());
  it.each(LANGS)("is said as such, not as permission denied (%s)", (lang) => {
    jest.spyOn(nodeFs, "accessSync").mockImplementation(() => {
      throw Object.assign(new Error("EROFS: read-only file system, access"), { code: "EROFS" });
    });
    let error: unknown;
    try {
      checkOutput(join(tmp, "ro.xlsx"), [], false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    const { key, params } = error as CliError;
    expect(key).toBe("cli.out.readOnly");
    expect(translator(lang)(key, params)).toContain(join(tmp, "ro.xlsx"));
  });
});
