/**
 * Where the command line writes, and what it says when it cannot: the output is checked against
 * the inputs (by real path and file identity), links and the file system before any work; a file
 * that appears at --out during a run without --force is left alone; every error is one readable
 * line naming the path and what to do, with a distinct exit code.
 */
import { spawn } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../src/cli/errors";
import { inputFileError } from "../src/cli/input";
import { writeError } from "../src/cli/output";
import { translate } from "../src/i18n/cli";
import { syntheticGrid } from "./fixtures/synthetic";
import { BIN, ENGLISH, ROOT, buildCli, runCli } from "./helpers/cli";
import { SAMPLES_DIR, readTsv } from "./helpers/samples";

jest.setTimeout(120_000);

let tmp: string;
const sample = (year: string, part: string) => join(SAMPLES_DIR, `kz-${year}-${part}.tsv`);
const TABLES_2010 = [sample("2010", "susceptibility"), sample("2010", "activity")];
const run = (args: string[], env?: Record<string, string>) => runCli(args, tmp, env);

/** No run may end in a stack trace or Node's raw error text. */
function expectReadable(stderr: string): void {
  expect(stderr).not.toMatch(/unexpected error|internal error|Error:|\n\s+at /);
  expect(stderr.trim().split("\n")).toHaveLength(1);
}

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-out-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the output is checked before any work", () => {
  it("refuses --out equal to an input, even with --force, by another spelling or through a link", async () => {
    const book = join(tmp, "tables.xlsx");
    const wb = new ExcelJS.Workbook();
    for (const [name, file] of [
      ["S", "kz-2010-susceptibility.tsv"],
      ["A", "kz-2010-activity.tsv"],
    ]) {
      const ws = wb.addWorksheet(name);
      readTsv(file).forEach((row, r) =>
        row.forEach((cell, c) => (ws.getCell(r + 1, c + 1).value = cell))
      );
    }
    await wb.xlsx.writeFile(book);
    const before = readFileSync(book);
    // The input reads: the same tables to another file work.
    expect(
      run(["rate", "--year", "2010", `${book}#S`, `${book}#A`, "--out", join(tmp, "fine.xlsx")])
        .code
    ).toBe(0);
    mkdirSync(join(tmp, "sub"), { recursive: true });
    symlinkSync(book, join(tmp, "link.xlsx"));
    for (const out of ["tables.xlsx", "./sub/../tables.xlsx", book, "link.xlsx"]) {
      const r = run(["rate", "--year", "2010", `${book}#S`, `${book}#A`, "--out", out, "--force"]);
      expect(r.code).toBe(EXIT.output);
      expect(r.stderr).toContain(`${out} is one of the input files`);
      expectReadable(r.stderr);
    }
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it("refuses a dangling link at --out and leaves the link as it was", () => {
    const link = join(tmp, "dangling.xlsx");
    symlinkSync(join(tmp, "nowhere", "target.xlsx"), link);
    const r = run(["rate", "--out", link, "--force"]);
    expect(r.code).toBe(EXIT.output);
    expect(r.stderr).toMatch(
      /dangling\.xlsx is a symbolic link to .*target\.xlsx, which does not exist/
    );
    expectReadable(r.stderr);
    expect(existsSync(join(tmp, "nowhere"))).toBe(false);
  });

  it("writes through a link to an existing workbook with --force, keeping the link", () => {
    const real = join(tmp, "real.xlsx");
    expect(run(["rate", "--out", real]).code).toBe(0);
    const link = join(tmp, "to-real.xlsx");
    symlinkSync(real, link);
    expect(run(["rate", "--out", link]).code).toBe(EXIT.output); // exists, no --force
    expect(run(["rate", "--out", link, "--force", "--values-only"]).code).toBe(0);
    expect(readdirSync(tmp)).toContain("to-real.xlsx");
    expect(readFileSync(link).equals(readFileSync(real))).toBe(true);
  });

  it("checks the inputs before the output: a missing input is named though rating.xlsx exists", () => {
    writeFileSync(join(tmp, "rating.xlsx"), "a user's earlier workbook");
    const r = run(["rate", "--year", "2010", "no-such-table.tsv"]);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toContain("no-such-table.tsv: no such file; check the name and the folder");
    expectReadable(r.stderr);
    rmSync(join(tmp, "rating.xlsx"));
  });

  it("says what to do about a folder given as input, a folder as --out, a missing folder", () => {
    const cases: [string[], number, RegExp][] = [
      [["rate", "--year", "2010", tmp], EXIT.input, /is a folder, not a table/],
      [["rate", "--out", join(tmp, "sub.xlsx"), "--force"], EXIT.output, /sub\.xlsx is a folder/],
      [
        ["rate", "--out", join(tmp, "no", "such", "r.xlsx")],
        EXIT.output,
        /the folder .*no[/\\]such does not exist/,
      ],
      [["rate", "--year", "2010", join(tmp, "notes.pdf")], EXIT.input, /no such file/],
    ];
    mkdirSync(join(tmp, "sub.xlsx"), { recursive: true });
    for (const [args, code, message] of cases) {
      const r = run(args);
      expect([r.code, r.stderr]).toEqual([code, expect.stringMatching(message)]);
      expectReadable(r.stderr);
    }
  });
});

describe("command-line mistakes get one line and a pointer to --help", () => {
  it.each([
    [["rate", "--year", "2010"], "--year 2010 has no files"],
    [["rate", "--colour", "red"], 'unknown option "--colour"'],
    [["rate", "--out", ""], "--out is empty"],
    [["rate", "--out", "report.csv"], '--out "report.csv": the output is an .xlsx workbook'],
    [["rate", "--missing", "guess"], '--missing must be one of error, skip, zero, not "guess"'],
    [["rate", "--out"], "--out needs a value"],
    [["rate", "--force=yes"], "--force takes no value"],
    [["report"], 'unknown command "report"'],
  ])("%j", (args, message) => {
    const r = run(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/Run growth-poles --help for usage\.\n$/);
    expect(r.stderr).not.toMatch(/Usage:/);
    expectReadable(r.stderr);
    expect(r.stdout).toBe("");
  });

  it("prints the version and the help", () => {
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(run(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: growth-poles rate/);
    expect(help.stdout).toMatch(/Exit codes: 0 done; 1 .*; 2 .*; 3 .*; 4 /s);
  });
});

describe("the language of messages", () => {
  it("follows --lang, else LC_ALL / LC_MESSAGES / LANG", () => {
    const ru = run(["rate", "--lang", "ru", "--out", join(tmp, "ru.xlsx")]);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toMatch(/^2010: 16 регионов\n/);
    expect(ru.stdout).toMatch(/ 51,93 {2}г\. Алматы/); // a Russian decimal comma (Table 6: 51,93)
    expect(ru.stdout).toContain("книга записана:");
    const en = run(["rate", "--json", "--year", "2010", "nope.tsv"], {
      ...ENGLISH,
      LANG: "ru_RU.UTF-8",
    });
    expect(en.stderr).toContain("nope.tsv: файла нет");
    const messages = run(["rate", "--colour"], {
      LC_ALL: "",
      LC_MESSAGES: "kk_KZ.UTF-8",
      LANG: "en_US.UTF-8",
    });
    expect(messages.stderr).toContain("неизвестный параметр «--colour»");
    const all = run(["rate", "--colour"], {
      LC_ALL: "en_GB.UTF-8",
      LC_MESSAGES: "ru_RU.UTF-8",
      LANG: "ru_RU",
    });
    expect(all.stderr).toContain('unknown option "--colour"');
    const help = run(["--help", "--lang", "ru"]);
    expect(help.stdout).toMatch(/^Запуск: growth-poles rate/);
  });
});

describe("a file created at --out during a run", () => {
  it("is never overwritten without --force", async () => {
    const input = join(tmp, "regions-2020.tsv");
    writeFileSync(
      input,
      syntheticGrid(4000)
        .map((row) => row.join("\t"))
        .join("\n")
    );
    const out = join(tmp, "raced.xlsx");
    const child = spawn(process.execPath, [BIN, "rate", "--year", "2020", input, "--out", out], {
      cwd: tmp,
      env: { ...process.env, ...ENGLISH },
    });
    let stderr = "";
    let created = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      // Reading is done and the output was checked: another program now takes the name.
      if (!created && /rating 2020/.test(stderr)) {
        writeFileSync(out, "another program's file");
        created = true;
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(created).toBe(true);
    expect(code).toBe(EXIT.output);
    expect(stderr).toMatch(
      /raced\.xlsx was created by another program while this ran and is left as it is/
    );
    expect(readFileSync(out, "utf8")).toBe("another program's file");
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("file-system errors are named with what to do", () => {
  // Permissions cannot be provoked when the tests run as root; the messages are checked directly.
  const error = (code: string) =>
    Object.assign(new Error(`${code}: boom, open '/x/y'`), { code, path: "/x/y" });
  it.each([
    ["EACCES", /cannot write out\.xlsx: permission denied; give --out a folder you can write to/],
    ["EROFS", /read-only/],
    ["ENOSPC", /the disk is full/],
    ["EFBIG", /larger than this system allows/],
    ["EIO", /cannot write out\.xlsx \(EIO: boom\)\. Any previous file is unchanged\./],
  ])("writing: %s", (code, message) => {
    const e = writeError("out.xlsx", error(code));
    expect(e.exit).toBe(EXIT.output);
    expect(translate("en", e.key, e.params)).toMatch(message);
  });
  it.each([
    ["ENOENT", /in\.tsv: no such file/],
    ["EACCES", /in\.tsv: permission denied; make the file readable for you/],
    ["EISDIR", /in\.tsv: is a folder/],
  ])("reading: %s", (code, message) => {
    const e = inputFileError("in.tsv", error(code));
    expect(e.exit).toBe(EXIT.input);
    expect(translate("en", e.key, e.params)).toMatch(message);
  });
});
