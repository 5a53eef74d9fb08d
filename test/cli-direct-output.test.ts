/**
 * The command line writes its output straight to the file descriptor (src/cli/direct-output.ts);
 * when a direct write fails, the stream takes the rest and all that follows, nothing lost or
 * reordered. (The real descriptors are exercised by every test/cli-*.test.ts child process.)
 */
import { directOutput } from "../src/cli/direct-output";

/** A fake descriptor that takes at most `chunk` bytes a call and fails after `failAfter` calls. */
function fakeFd(chunk: number, failAfter = Infinity) {
  const written: number[] = [];
  let calls = 0;
  const write = (_fd: number, buffer: Uint8Array, offset: number, length: number) => {
    if (calls++ >= failAfter) throw Object.assign(new Error("EAGAIN"), { code: "EAGAIN" });
    const n = Math.min(chunk, length);
    written.push(...buffer.subarray(offset, offset + n));
    return n;
  };
  return { write, text: () => Buffer.from(written).toString("utf8") };
}

function fakeStream() {
  const chunks: Buffer[] = [];
  return {
    write: (chunk: Uint8Array | string) => chunks.push(Buffer.from(chunk)),
    text: () => Buffer.concat(chunks).toString("utf8"),
  };
}

describe("direct output", () => {
  it("writes everything, also when the descriptor takes a few bytes at a time", () => {
    const fd = fakeFd(3);
    const stream = fakeStream();
    const out = directOutput(1, () => stream, fd.write);
    out("Акмолинская 11 103,67\n");
    out("{}\n");
    expect(fd.text()).toBe("Акмолинская 11 103,67\n{}\n");
    expect(stream.text()).toBe("");
  });

  it("hands the rest and every later write to the stream when a write fails", () => {
    const fd = fakeFd(4, 2);
    const stream = fakeStream();
    const out = directOutput(1, () => stream, fd.write);
    out("Актюбинская\n");
    out("end\n");
    expect(fd.text() + stream.text()).toBe("Актюбинская\nend\n");
    expect(fd.text()).toBe(Buffer.from("Актюбинская\n").subarray(0, 8).toString("utf8"));
    expect(stream.text()).toContain("end\n");
  });
});

describe("direct output that fails for good (issue 16)", () => {
  const failing = (code: string) => () => {
    throw Object.assign(new Error(code), { code });
  };

  it("a closed reader (EPIPE) ends the output quietly: no failure, nothing more written", () => {
    const stream = fakeStream();
    const failures: unknown[] = [];
    const out = directOutput(
      1,
      () => stream,
      failing("EPIPE"),
      (e) => failures.push(e)
    );
    out("first\n");
    out("second\n");
    expect(failures).toEqual([]);
    expect(stream.text()).toBe("");
  });

  it("a full disk (ENOSPC) is reported once, at the write, and nothing more is written", () => {
    const stream = fakeStream();
    const failures: [string, boolean][] = [];
    const out = directOutput(
      1,
      () => stream,
      failing("ENOSPC"),
      (e, later) => failures.push([(e as NodeJS.ErrnoException).code!, later])
    );
    out("first\n");
    out("second\n");
    expect(failures).toEqual([["ENOSPC", false]]);
    expect(stream.text()).toBe("");
  });

  it("a failure the stream reports later (after EAGAIN) is reported as later; EPIPE there too is quiet", () => {
    for (const [code, expected] of [
      ["ENOSPC", [["ENOSPC", true]]],
      ["EPIPE", []],
    ] as const) {
      let onError: (e: Error) => void = () => undefined;
      const stream = {
        write: () => true,
        on: (_: "error", l: (e: Error) => void) => (onError = l),
      };
      const failures: [string, boolean][] = [];
      const out = directOutput(
        1,
        () => stream,
        failing("EAGAIN"),
        (e, later) => failures.push([(e as NodeJS.ErrnoException).code!, later])
      );
      out("text\n");
      onError(Object.assign(new Error(code), { code }));
      expect(failures).toEqual(expected);
    }
  });
});
