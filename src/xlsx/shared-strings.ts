/**
 * The workbook's shared strings part (xl/sharedStrings.xml) in one pass over the strings.
 * exceljs renders it through its XML stream and a text xform per string: some 40 ms of a
 * 10,000-region workbook's last step, with every region's name in it. The bytes are exceljs's own
 * (test/xlsx-shared-strings.test.ts compares them on random strings).
 * Hooks exceljs 4.4 internals (the streaming workbook's addSharedStrings), hence the pinned version.
 */

/** exceljs's text escaping, so that the bytes match its own. */
const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(text: string): string };

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** exceljs keeps the spaces of a text that starts or ends with one or holds a line break. */
const KEEPS_SPACES = /^\s|\n|\s$/;

/** The part's XML for these strings, in their order (the cells' indexes into it). */
export function sharedStringsXml(values: readonly string[]): string {
  let xml = `${HEAD} count="${values.length}" uniqueCount="${values.length}">`;
  for (const text of values)
    xml +=
      (KEEPS_SPACES.test(text) ? '<si><t xml:space="preserve">' : "<si><t>") +
      xmlEncode(text) +
      "</t></si>";
  return xml + "</sst>";
}

/** What the hook needs of exceljs's streaming workbook (exceljs 4.4 internals). */
interface StreamingWorkbook {
  sharedStrings: { count: number; values: unknown[] };
  zip: { append(source: string, data: { name: string }): unknown };
  addSharedStrings(): Promise<void>;
}

/**
 * Makes the workbook write its shared strings with sharedStringsXml. A rich text (which our
 * plans never hold) is left to exceljs.
 */
export function writeSharedStringsFast(wb: unknown): void {
  const writer = wb as StreamingWorkbook;
  const own = writer.addSharedStrings.bind(writer);
  writer.addSharedStrings = () => {
    const { count, values } = writer.sharedStrings;
    if (!count || !values.every((v): v is string => typeof v === "string")) return own();
    writer.zip.append(sharedStringsXml(values), { name: "/xl/sharedStrings.xml" });
    return Promise.resolve();
  };
}
