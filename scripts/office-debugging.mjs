// `npm start` / `npm run stop`: runs office-addin-debugging with the given arguments and exits
// non-zero when it failed. office-addin-debugging reports a failed sideload (no Excel, a refused
// manifest, a dev server that did not start) on standard error and still exits 0, so its output
// is passed through and scanned for its failure lines and for its "Started." line.
// OFFICE_ADDIN_DEBUGGING overrides the command (the tests use a fake one).
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin =
  process.env.OFFICE_ADDIN_DEBUGGING ||
  join(root, "node_modules", ".bin", "office-addin-debugging");
const args = process.argv.slice(2);
const starting = args[0] === "start";

/** Lines office-addin-debugging prints when something did not work (see its lib/start.js). */
const FAILURE = /Unable to (start|stop|sideload)|^Error: /m;
const SUCCESS = /^(Debugging started|Started|Stopped debugging)\.?\s*$/m;

let output = "";
const child = spawn(bin, args, {
  cwd: root,
  stdio: ["inherit", "pipe", "pipe"],
  shell: process.platform === "win32",
});
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  from.on("data", (chunk) => {
    output += chunk.toString();
    to.write(chunk);
  });
}
child.on("error", (error) => {
  process.stderr.write(
    `npm ${starting ? "start" : "run stop"}: cannot run ${bin}: ${error.message}\n`
  );
  process.exit(1);
});
child.on("close", (code, signal) => {
  const failed =
    code !== 0 || signal !== null || FAILURE.test(output) || (starting && !SUCCESS.test(output));
  if (failed) {
    process.stderr.write(
      `\nnpm ${starting ? "start" : "run stop"} failed: office-addin-debugging ${
        signal
          ? `was ended by ${signal}`
          : code !== 0
            ? `exited with ${code}`
            : "reported an error above"
      }. See its messages above (sideloading needs desktop Excel on Windows or Mac; ` +
        `for Excel on the web see the README).\n`
    );
    process.exit(code && code !== 0 ? code : 1);
  }
});
