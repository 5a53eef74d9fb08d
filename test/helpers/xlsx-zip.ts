/**
 * Hand-made .xlsx files for the bad-input tests, built part by part with jszip: what an odd
 * writer may put in a file (a far stray cell, sheets alike but for case, a huge shared string)
 * exactly as wanted, which Excel's or exceljs's writers would not produce.
 */
import { writeFileSync } from "fs";
import { Readable } from "stream";
import JSZip from "jszip";

export interface SheetSpec {
  name: string;
  rows: readonly (readonly (string | number)[])[];
  /** Raw <c> elements put after the rows (their own <row> elements included). */
  extraXml?: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function sheetXml(sheet: SheetSpec): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${colName(c)}${r + 1}`;
          return typeof v === "number"
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}${sheet.extraXml ?? ""}</sheetData></worksheet>`;
}

/** The zip of a workbook with these sheets; `sharedStrings` is the part's content, maybe a stream. */
export function workbookZip(
  sheets: readonly SheetSpec[],
  sharedStrings?: string | Readable
): JSZip {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join("")}</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join("")}</Relationships>`
  );
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  if (sharedStrings !== undefined) zip.file("xl/sharedStrings.xml", sharedStrings);
  return zip;
}

export async function writeWorkbookZip(file: string, zip: JSZip): Promise<number> {
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    streamFiles: true,
  });
  writeFileSync(file, bytes);
  return bytes.length;
}

/** A sharedStrings part whose one string is `mb` MB of "a", as a stream: never whole in memory here. */
export function hugeSharedString(mb: number): Readable {
  function* parts() {
    yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>`;
    const chunk = Buffer.alloc(1 << 20, "a");
    for (let i = 0; i < mb; i++) yield chunk;
    yield "</t></si></sst>";
  }
  return Readable.from(parts());
}
