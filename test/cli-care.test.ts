/**
 * The command line says what it does with an option: a value it would change or an option that
 * cannot take effect is refused, --locale and --lang are told apart in the help, and the Russian
 * README lists every option the help lists.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SAMPLES_DIR } from "./helpers/samples";
import { ENGLISH, ROOT, buildCli, runCli } from "./helpers/cli";

jest.setTimeout(120_000);

const RUSSIAN = { LC_ALL: "", LC_MESSAGES: "", LANG: "ru_RU.UTF-8" };
let tmp: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "gp-cli-care-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TABLE7 = join(SAMPLES_DIR, "kz-ksi-it-2010-2014.tsv");

/** The options a help text lists (the words starting with -- at the start of its lines). */
function optionsOf(help: string): string[] {
  return [...new Set([...help.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]))];
}

describe("command line: what an option does", () => {
  test("--groups B++ (a class, not a group) is refused, naming the group meant", () => {
    const r = runCli(["rate", "--groups", "A,B++", "--json"], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--groups takes rating groups, not classes: “B\+\+” is a class of group B; write B/
    );
    const ru = runCli(["rate", "--groups", "B++", "--json"], tmp, RUSSIAN);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toMatch(/«B\+\+» — класс группы B/);
    // Groups themselves still pass, Latin or Cyrillic.
    expect(runCli(["rate", "--groups", "A,B", "--json"], tmp).code).toBe(0);
    expect(runCli(["rate", "--groups", "А,В", "--json"], tmp).code).toBe(0);
  });

  test("--it-industry where the table has one IT column is refused, not ignored", () => {
    const r = runCli(
      ["rate", "--industries", "2010", TABLE7, "--it-industry", "Сельское хозяйство", "--json"],
      tmp
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--it-industry “Сельское хозяйство”: .*kz-ksi-it-2010-2014\.tsv has a single IT column/
    );
    // Without the option the same table is read.
    expect(runCli(["rate", "--industries", "2010", TABLE7, "--json"], tmp).code).toBe(0);
  });

  test("--locale ru reads numbers, --lang ru words the messages: the help says which is which", () => {
    const en = runCli(["--help"], tmp).stdout;
    expect(en).toMatch(
      /--locale L +how numbers are printed in the input tables[^]*does not change the language\s+of the messages \(that is --lang\)/
    );
    expect(en).toMatch(/--lang L[^]*does not change how numbers are read \(--locale\)/);
    const ru = runCli(["--help"], tmp, RUSSIAN).stdout;
    expect(ru).toMatch(/на язык сообщений не влияет\s+\(его задаёт --lang\)/);
    // And it is so: --locale ru alone leaves an English system's messages English.
    const refused = runCli(["rate", "--locale", "ru", "--groups", "Z"], tmp, ENGLISH);
    expect(refused.stderr).toMatch(/--groups takes rating groups/);
    const russian = runCli(["rate", "--lang", "ru", "--groups", "Z"], tmp, ENGLISH);
    expect(russian.stderr).toMatch(/--groups принимает группы рейтинга/);
  });

  test("the Russian help reads as Russian: the output is renamed into place, no calque", () => {
    const ru = runCli(["--help"], tmp, RUSSIAN).stdout;
    expect(ru).not.toMatch(/занимает место/);
    expect(ru).toMatch(
      /Сначала пишется во временный файл, который по готовности\s+переименовывается/
    );
  });

  test("README.ru lists every option of the help, --lang and stage 2's included", () => {
    const readme = readFileSync(join(ROOT, "README.ru.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Командная строка"));
    const help = runCli(["--help"], tmp, RUSSIAN).stdout;
    const options = optionsOf(help).filter((o) => !["--help", "--version"].includes(o));
    expect(options).toEqual(
      expect.arrayContaining(["--lang", "--locale", "--groups", "--industries"])
    );
    for (const option of options)
      expect(`${option}: ${section.includes(`\`${option}`)}`).toBe(`${option}: true`);
  });
});
