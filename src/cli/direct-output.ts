/**
 * Standard output and error written straight to their file descriptors. Why: process.stdout is a
 * stream that loads Node's net module when the output is a pipe, about 5 ms of a short run.
 * Should a direct write fail for any reason (a full non-blocking pipe: EAGAIN; a closed one:
 * EPIPE), the stream takes the rest and everything after it, in order, and behaves as it always
 * has.
 */
import { writeSync } from "node:fs";

type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

export function directOutput(
  fd: number,
  stream: () => { write: (chunk: Uint8Array | string) => unknown },
  write: WriteSync = writeSync
): (text: string) => void {
  let direct = true;
  return (text) => {
    if (!direct) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += write(fd, bytes, done, bytes.length - done);
    } catch {
      direct = false;
      stream().write(bytes.subarray(done));
    }
  };
}
