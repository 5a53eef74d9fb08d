/**
 * The streams exceljs's streaming writer writes its parts into, as plain Node streams handed to
 * the zip as they are written. exceljs's own (StreamBuf) copies every chunk into buffers of its
 * own, and its zip entry waited behind a PassThrough that archiver wrapped round it: with those,
 * a sheet's rows were compressed only after the last row was made. Here the rows go to the zip's
 * compressor while the next ones are made (xlsx-writer.ts gives the event loop a turn after each
 * chunk), so the compression (on another thread) overlaps the rows instead of following them.
 * Hooks exceljs 4.4 internals (_openStream, and its StringBuf chunks), hence the pinned version.
 */
import { PassThrough } from "node:stream";

/** What the hook needs of exceljs's streaming workbook (exceljs 4.4 internals). */
interface StreamingWorkbook {
  zip: { append: (source: unknown, data: { name: string }) => unknown };
  _openStream: (path: string) => PassThrough;
}

/** exceljs writes its StringBuf (a reused buffer) as well as strings and Buffers. */
type Chunk = string | Buffer | { toBuffer(): Buffer };

/** A part's stream: what exceljs writes, as bytes (a StringBuf copied at once: it is reused). */
class PartStream extends PassThrough {
  override write(chunk: Chunk, ...rest: unknown[]): boolean {
    const bytes = typeof chunk === "string" || Buffer.isBuffer(chunk) ? chunk : chunk.toBuffer();
    return (super.write as (chunk: unknown, ...rest: unknown[]) => boolean)(bytes, ...rest);
  }
}

/** Makes the workbook open each part as a PartStream appended to the zip (exceljs's _openStream). */
export function streamPartsToZip(wb: unknown): void {
  const writer = wb as StreamingWorkbook;
  writer._openStream = (path: string) => {
    const stream = new PartStream();
    writer.zip.append(stream, { name: path });
    // exceljs waits for "zipped" on a worksheet it commits itself.
    stream.on("finish", () => stream.emit("zipped"));
    return stream;
  };
}
