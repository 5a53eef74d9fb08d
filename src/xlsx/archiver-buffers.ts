/**
 * exceljs's streaming writer hands its zip (archiver 5) every XML part as a string. archiver
 * turns a string into bytes with archiver-utils 2.1's `new Buffer(string)`, deprecated since
 * Node 10: every workbook write printed "DeprecationWarning: Buffer() is deprecated" on standard
 * error. Given bytes, archiver passes them through untouched, so the parts are made bytes here,
 * with Buffer.from, before archiver sees them: the same file, no warning, no warning filter.
 * (archiver-utils 3 fixes it but changes what counts as a stream, which exceljs's streams are not.)
 */
type Append = (source: unknown, data: unknown) => unknown;

/** Makes archiver get bytes for every string part; once, whatever the number of calls. */
export function handArchiverBytes(): void {
  const Archiver: { prototype: { append: Append } } = require("archiver/lib/core");
  const append = Archiver.prototype.append;
  if ((append as { bytesFirst?: boolean }).bytesFirst) return;
  const bytesFirst: Append = function (this: unknown, source, data) {
    return append.call(
      this,
      typeof source === "string" ? Buffer.from(source, "utf8") : source,
      data
    );
  };
  Object.assign(bytesFirst, { bytesFirst: true });
  Archiver.prototype.append = bytesFirst;
}
