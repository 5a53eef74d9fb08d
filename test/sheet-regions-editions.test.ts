/**
 * Region names across the bureau's editions (issue 14): Russian, Kazakh and English forms, the
 * transliterations, mixed-script spellings, markers in any place, the renamings of 2018-2022.
 * Property tests: every spelling of a region maps to one key, and different regions never share one.
 */
import fc from "fast-check";
import { regionKey } from "../src/sheet";

/** Bare names of each region (no marker), as the editions print them. */
const FORMS: Record<string, { kind: "region" | "city"; names: string[] }> = {
  "east-kazakhstan": {
    kind: "region",
    names: ["Восточно-Казахстанская", "Шығыс Қазақстан", "East Kazakhstan", "Shygys Kazakhstan"],
  },
  "west-kazakhstan": {
    kind: "region",
    names: ["Западно-Казахстанская", "Батыс Қазақстан", "West Kazakhstan", "Batys Kazakhstan"],
  },
  "north-kazakhstan": {
    kind: "region",
    names: [
      "Северо-Казахстанская",
      "Солтүстік Қазақстан",
      "North Kazakhstan",
      "Soltustik Kazakhstan",
    ],
  },
  "south-kazakhstan": {
    kind: "region",
    names: [
      "Южно-Казахстанская",
      "Оңтүстік Қазақстан",
      "South Kazakhstan",
      "Ontustik Kazakhstan",
      "Туркестанская",
      "Түркістан",
      "Turkistan",
    ],
  },
  karaganda: { kind: "region", names: ["Карагандинская", "Қарағанды", "Karaganda", "Karagandy"] },
  "almaty-region": { kind: "region", names: ["Алматинская", "Almaty"] },
  abai: { kind: "region", names: ["Абайская", "Абай", "Abai", "Abay"] },
  jetisu: { kind: "region", names: ["Жетысуская", "Жетісу", "Жетысу", "Jetisu", "Zhetysu"] },
  ulytau: { kind: "region", names: ["Улытауская", "Ұлытау", "Улытау", "Ulytau"] },
  "astana-city": {
    kind: "city",
    names: ["Астана", "Нур-Султан", "Нұр-Сұлтан", "Astana", "Nur-Sultan"],
  },
  "almaty-city": { kind: "city", names: ["Алматы", "Almaty"] },
  "shymkent-city": { kind: "city", names: ["Шымкент", "Shymkent"] },
};

/** Markers before or after the name, with or without a dot or a space. */
const MARKERS = {
  region: [
    (n: string) => n,
    (n: string) => `${n} область`,
    (n: string) => `${n} обл.`,
    (n: string) => `область ${n}`,
    (n: string) => `${n} облысы`,
    (n: string) => `${n} region`,
    (n: string) => `${n} oblysy`,
  ],
  city: [
    (n: string) => `г. ${n}`,
    (n: string) => `г.${n}`,
    (n: string) => `${n} г.`,
    (n: string) => `${n} қаласы`,
    (n: string) => `${n} city`,
    (n: string) => `город ${n}`,
  ],
};

/** Latin and Cyrillic letters that look the same. */
const LOOKALIKE: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  y: "у",
  x: "х",
  k: "к",
  K: "К",
  A: "А",
  E: "Е",
  O: "О",
  P: "Р",
  C: "С",
  T: "Т",
  H: "Н",
  M: "М",
  B: "В",
  X: "Х",
};
for (const [l, c] of Object.entries({ ...LOOKALIKE })) LOOKALIKE[c] = l;

/** "Almaty region" is also written "Almaty" with a region marker only: a bare "Almaty" is the city. */
const needsMarker = (key: string, name: string) =>
  key === "almaty-region" && /^(almaty)$/i.test(name);

describe("region names across editions", () => {
  it.each([
    ["Кaragandy", "karaganda"], // Cyrillic К
    ["Аlmaty region", "almaty-region"], // Cyrillic А
    ["Аlmaty city", "almaty-city"],
    ["Kарагандинская область", "karaganda"], // Latin K
    ["Вoсточно-Казахстанская", "east-kazakhstan"], // Latin o
    ["Shygys Kazakhstan", "east-kazakhstan"],
    ["Ontustik Kazakhstan region", "south-kazakhstan"],
    ["Soltustik Kazakhstan oblysy", "north-kazakhstan"],
    ["Batys Kazakhstan", "west-kazakhstan"],
    ["область Абай", "abai"],
    ["Абайская область", "abai"],
    ["Абай облысы", "abai"],
    ["Abai region", "abai"],
    ["область Жетісу", "jetisu"],
    ["Жетысуская область", "jetisu"],
    ["Жетісу облысы", "jetisu"],
    ["область Ұлытау", "ulytau"],
    ["Улытауская область", "ulytau"],
    ["г. Астана", "astana-city"],
    ["г. Нур-Султан", "astana-city"],
    ["Нұр-Сұлтан қаласы", "astana-city"],
    ["г.Шымкент", "shymkent-city"],
    ["Шымкент қаласы", "shymkent-city"],
    ["Туркестанская область", "south-kazakhstan"],
    ["Түркістан облысы", "south-kazakhstan"],
  ])("%s -> %s", (name, key) => {
    expect(regionKey(name)).toBe(key);
  });

  const spelling = fc
    .constantFrom(...Object.keys(FORMS))
    .chain((key) =>
      fc.record({
        key: fc.constant(key),
        name: fc.constantFrom(...FORMS[key].names),
        marker: fc.constantFrom(...MARKERS[FORMS[key].kind]),
        upper: fc.boolean(),
        swaps: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      })
    )
    .filter((s) => !(needsMarker(s.key, s.name) && s.marker("x") === "x"))
    .map((s) => {
      // Swap fewer than half of each word's letters, so most of it stays in its script.
      let i = 0;
      const name = s.name
        .split(" ")
        .map((word) => {
          let swapped = 0;
          return [...word]
            .map((ch) => {
              const swap = s.swaps[i++ % s.swaps.length];
              if (!swap || !LOOKALIKE[ch] || (swapped + 1) * 2 >= word.length) return ch;
              swapped++;
              return LOOKALIKE[ch];
            })
            .join("");
        })
        .join(" ");
      const text = s.marker(name);
      return { key: s.key, text: s.upper ? text.toUpperCase() : text };
    });

  it("maps every spelling of a region to its one key (property)", () => {
    fc.assert(
      fc.property(spelling, ({ key, text }) => {
        expect([text, regionKey(text)]).toEqual([text, key]);
      }),
      { numRuns: 2000 }
    );
  });

  it("never gives two different regions one key (property)", () => {
    fc.assert(
      fc.property(spelling, spelling, (a, b) => {
        if (a.key !== b.key) expect(regionKey(a.text)).not.toBe(regionKey(b.text));
      }),
      { numRuns: 2000 }
    );
  });

  it.each(["в том числе:", "оның ішінде:", "в т.ч.", "из них:", "Республика Казахстан"])(
    "%p is not a region",
    (name) => expect(regionKey(name)).toBeNull()
  );

  it("keeps look-alike letters from merging two names outside the alias table", () => {
    expect(regionKey("Zоrg")).not.toBe(regionKey("Zorg")); // Cyrillic о: another spelling
    expect(regionKey("District 1-2")).not.toBe(regionKey("District 12"));
  });
});
