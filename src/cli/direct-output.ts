/**
 * Standard output and error written straight to their file descriptors. Why: process.stdout is a
 * stream that loads Node's net module when the output is a pipe, about 5 ms of a short run.
 * Should a direct write find a full non-blocking pipe (EAGAIN), the stream takes the rest and
 * everything after it, in order. A reader that went away (EPIPE: `| head`) ends the output
 * quietly, as other command-line tools do; any other failure (ENOSPC: `> /dev/full`) goes to
 * `onFailure`, never to an unhandled 'error' event and its stack trace.
 */
import { writeSync } from "node:fs";

type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

export interface OutputStream {
  write: (chunk: Uint8Array | string) => unknown;
  on?: (event: "error", listener: (e: Error) => void) => unknown;
}

/** What to do when writing fails for good: `later` when the stream reported it after the write. */
export type OutputFailure = (e: unknown, later: boolean) => void;

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code ?? "";

export function directOutput(
  fd: number,
  stream: () => OutputStream,
  write: WriteSync = writeSync,
  onFailure: OutputFailure = () => undefined
): (text: string) => void {
  let direct = true;
  let closed = false;
  let fallback: OutputStream | null = null;
  const fail = (e: unknown, later: boolean) => {
    if (closed) return;
    closed = true;
    if (codeOf(e) !== "EPIPE") onFailure(e, later);
  };
  const toStream = (chunk: Uint8Array | string) => {
    if (!fallback) {
      fallback = stream();
      fallback.on?.("error", (e) => fail(e, true));
    }
    fallback.write(chunk);
  };
  return (text) => {
    if (closed) return;
    if (!direct) return void toStream(text);
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += write(fd, bytes, done, bytes.length - done);
    } catch (e) {
      if (codeOf(e) !== "EAGAIN") return fail(e, false);
      direct = false;
      toStream(bytes.subarray(done));
    }
  };
}
