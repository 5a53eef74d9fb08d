import fc from "fast-check";
import { isTotalName, regionKey } from "../src/sheet";
import {
  knownByStem,
  knownStems,
  normaliseInFull,
  normaliseRegionName,
} from "../src/sheet/read/regions";
import { readTsv } from "./helpers/samples";

describe("regionKey", () => {
  it.each([
    ["г. Алматы", "almaty-city"],
    ["Алматы г.", "almaty-city"],
    ["г.Алматы", "almaty-city"],
    ["Almaty city", "almaty-city"],
    ["ALMATY  CITY", "almaty-city"],
    ["Алматы қаласы", "almaty-city"],
    ["Алматы", "almaty-city"],
    ["Алматинская", "almaty-region"],
    ["Алматинская область", "almaty-region"],
    ["Алматинская обл.", "almaty-region"],
    ["Almaty region", "almaty-region"],
    ["Алматы облысы", "almaty-region"],
    ["г. Астана", "astana-city"],
    ["Astana city", "astana-city"],
    ["Нур-Султан", "astana-city"],
    ["г. Нур-Султан", "astana-city"],
    ["Nur-Sultan", "astana-city"],
    ["Нұр-Сұлтан қаласы", "astana-city"],
    ["Восточно-Казахстанская", "east-kazakhstan"],
    ["Восточно Казахстанская  область", "east-kazakhstan"],
    ["East Kazakhstan", "east-kazakhstan"],
    ["Шығыс Қазақстан облысы", "east-kazakhstan"],
    ["Ақтөбе облысы", "aktobe"],
    ["Актюбинская", "aktobe"],
    ["Aktobe region", "aktobe"],
    ["Южно-Казахстанская", "south-kazakhstan"],
    ["Туркестанская область", "south-kazakhstan"],
    ["Шымкент қаласы", "shymkent-city"],
    ["Mangistau", "mangystau"],
    ["Маңғыстау облысы", "mangystau"],
  ])("%s -> %s", (name, key) => {
    expect(regionKey(name)).toBe(key);
  });

  it("keeps Almaty city and Almaty region apart in every language", () => {
    const cities = ["г. Алматы", "Almaty city", "Алматы қаласы"].map(regionKey);
    const regions = ["Алматинская", "Almaty region", "Алматы облысы"].map(regionKey);
    expect(new Set(cities).size).toBe(1);
    expect(new Set(regions).size).toBe(1);
    expect(cities[0]).not.toBe(regions[0]);
  });

  it("gives the 16 printed names of every sample table 16 distinct keys", () => {
    for (const file of [
      "kz-2010-susceptibility.tsv",
      "kz-2010-activity.tsv",
      "kz-2014-susceptibility.tsv",
      "kz-2014-activity.tsv",
    ]) {
      const names = readTsv(file)
        .slice(1)
        .map((row) => row[1]);
      const keys = names.map(regionKey);
      expect(keys.every((k) => k !== null && !k.startsWith("name:"))).toBe(true);
      expect(new Set(keys).size).toBe(16);
    }
  });

  it.each([
    "Всего",
    "Итого",
    "Республика Казахстан",
    "Total",
    "Kazakhstan",
    "Republic of Kazakhstan",
    "Қазақстан Республикасы",
    "  ",
    "",
  ])("%p is not a region", (name) => {
    expect(regionKey(name)).toBeNull();
  });

  it("keeps unknown names as regions of their own, matching their own spellings", () => {
    expect(regionKey("Новосибирская область")).toBe(regionKey("Новосибирская  обл."));
    expect(regionKey("Новосибирская область")).toMatch(/^name:/);
    expect(regionKey("Bavaria")).not.toBeNull();
    expect(isTotalName("Bavaria")).toBe(false);
  });
});

describe("only case, spaces, ё/е, quotes, markers and the alias table make two names one", () => {
  it.each([
    ["District 1-2", "District 12"],
    ["Area 10", "Area 1.0"],
    ["Zone 1/2", "Zone 12"],
    ["North-East", "NorthEast"],
    ["Region 5", "Region 5 bis"],
  ])("%s and %s are two regions", (a, b) => {
    expect(regionKey(a)).not.toBe(regionKey(b));
  });

  it.each([
    ["Новосибирская область", "  новосибирская   обл. "],
    ["«Зелёная» область", '"Зеленая" обл.'],
    ["Area 1-2 region", "AREA 1-2"],
    ["г.Энск", "Энск, г."],
    ["Энск city", "Энск қаласы"],
    ["Bavaria*", "Bavaria"],
  ])("%s and %s are one region", (a, b) => {
    expect(regionKey(a)).toBe(regionKey(b));
  });

  // Names outside the alias table: a first word no known region has, then words of letters
  // (with ё), digits and the punctuation that tells regions apart.
  const word = fc
    .array(fc.constantFrom(..."abxyzеёжщ0123456789-./".split("")), { minLength: 1, maxLength: 5 })
    .map((cs) => cs.join(""))
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !/^(reg|obl|г|гор|city|region)$/.test(w));
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ["Zorg", ...ws]);
  const canonical = (ws: string[]) => ws.join(" ").toLowerCase().replace(/ё/g, "е");

  it("variants of case, spaces, ё/е, quotes and a marker keep one key (property)", () => {
    fc.assert(
      fc.property(
        name,
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.constantFrom("", " область", " обл.", " region", ' "', "«", "  "),
        (words, flips, extra) => {
          const plain = words.join(" ");
          const variant =
            "  " +
            [...words.join("   ")]
              .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch))
              .join("")
              .replace(/е/g, (e, i: number) => (flips[i % flips.length] ? "ё" : e)) +
            extra;
          expect(regionKey(variant)).toBe(regionKey(plain));
        }
      )
    );
  });

  it("names that differ otherwise keep two keys (property)", () => {
    // The second name is the first with one edit that only punctuation or a space tells apart.
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("insert", "remove", "join"),
      mark: fc.constantFrom("-", ".", "/"),
    });
    fc.assert(
      fc.property(name, edit, name, (words, { at, kind, mark }, other) => {
        const a = words.join(" ");
        const i = 5 + (at % Math.max(1, a.length - 5));
        let b = a;
        if (kind === "insert") b = a.slice(0, i) + mark + a.slice(i);
        if (kind === "remove") b = a.replace(/[-./]/, "");
        if (kind === "join") b = a.replace(/ (?=[^ ]*$)/, "") || a;
        for (const [x, y] of [
          [a, b],
          [a, other.join(" ")],
        ]) {
          if (canonical(x.split(" ")) === canonical(y.split(" "))) continue;
          expect([x, regionKey(x)]).not.toEqual([x, regionKey(y)]);
        }
      }),
      { numRuns: 500 }
    );
  });
});

describe("names of plain letters in one script take a shorter path to the same result", () => {
  // Letters of both scripts (with ё, й and Kazakh ones the short path must leave to the full one),
  // digits, spaces, the markers as words, and now and then a character only the full path handles.
  const piece = fc.oneof(
    fc.constantFrom(..."abkxyzаекнойёжщыәқі0123456789 ".split("")),
    fc.constantFrom(" г ", " обл ", " область ", " city ", " region ", " қаласы ", "Й", "Ё", "A"),
    fc.constantFrom(".", "-", "«", "¹", "\u00a0", "ё")
  );
  const anyName = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(""));

  it("every name normalises as the full path does (property)", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(normaliseRegionName(name)).toEqual(normaliseInFull(name));
      }),
      { numRuns: 3000 }
    );
  });

  it("the names of a table of 10,000 regions and the sample's take the short path", () => {
    for (const name of ["Region 12", "костанайская область", "г астана", "region 5 bis"])
      expect(normaliseRegionName(name)).toEqual(normaliseInFull(name));
    const sample = readTsv("kz-2010-susceptibility.tsv")
      .slice(1)
      .map((row) => row[1]);
    for (const name of sample) expect(normaliseRegionName(name)).toEqual(normaliseInFull(name));
  });
});

describe("a stem is looked up in the other script only where the swap can find a known one", () => {
  const latin = /[a-z]/;
  const cyrillic = /[\u0400-\u04ff]/;

  it("no known stem mixes the two scripts (the shortcut relies on it)", () => {
    const mixed = knownStems().filter((stem) => latin.test(stem) && cyrillic.test(stem));
    expect(mixed).toEqual([]);
  });

  // Known stems with some of their look-alike letters put in the other script, and stems of
  // other letters: every lookup the same as trying both swaps, and some of them hits.
  const lookAlikes: Record<string, string> = {
    а: "a",
    е: "e",
    к: "k",
    о: "o",
    р: "p",
    с: "c",
    т: "t",
    х: "x",
    у: "y",
    м: "m",
    н: "h",
    в: "b",
    і: "i",
  };
  const both = {
    ...lookAlikes,
    ...Object.fromEntries(Object.entries(lookAlikes).map(([c, l]) => [l, c])),
  };
  const swapped = fc
    .tuple(
      fc.constantFrom(...knownStems()),
      fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })
    )
    .map(([stem, flips]) =>
      [...stem].map((ch, i) => (flips[i] && both[ch] ? both[ch] : ch)).join("")
    );
  const other = fc
    .array(fc.constantFrom(..."akoprcteтакорсегzщ12".split("")), { minLength: 1, maxLength: 8 })
    .map((cs) => cs.join(""));

  it("finds what trying every swap finds (property)", () => {
    let hits = 0;
    fc.assert(
      fc.property(fc.oneof(swapped, other), (stem) => {
        const all = knownByStem(stem, true);
        if (all !== undefined) hits++;
        expect(knownByStem(stem)).toBe(all);
      }),
      { numRuns: 3000 }
    );
    expect(hits).toBeGreaterThan(100);
  });

  it("a word of as many Latin as Cyrillic letters is still read as the known region", () => {
    // "Кaрaганды": neither script has the most letters of its word.
    expect(knownByStem("кapaгaнды")).toBe(knownByStem("караганды"));
    expect(knownByStem("караганды")).toBeDefined();
  });
});
