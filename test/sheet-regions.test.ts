import { isTotalName, regionKey } from "../src/sheet";
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
    for (const file of ["kz-2010-susceptibility.tsv", "kz-2010-activity.tsv", "kz-2014-susceptibility.tsv", "kz-2014-activity.tsv"]) {
      const names = readTsv(file).slice(1).map((row) => row[1]);
      const keys = names.map(regionKey);
      expect(keys.every((k) => k !== null && !k.startsWith("name:"))).toBe(true);
      expect(new Set(keys).size).toBe(16);
    }
  });

  it.each(["Всего", "Итого", "Республика Казахстан", "Total", "Kazakhstan", "Republic of Kazakhstan", "Қазақстан Республикасы", "  ", ""])(
    "%p is not a region",
    (name) => {
      expect(regionKey(name)).toBeNull();
    },
  );

  it("keeps unknown names as regions of their own, matching their own spellings", () => {
    expect(regionKey("Новосибирская область")).toBe(regionKey("Новосибирская  обл."));
    expect(regionKey("Новосибирская область")).toMatch(/^name:/);
    expect(regionKey("Bavaria")).not.toBeNull();
    expect(isTotalName("Bavaria")).toBe(false);
  });
});
