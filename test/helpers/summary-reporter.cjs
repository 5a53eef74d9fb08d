// Ends the jest run with one plain line, "jest: N passed, N failed", for logs and CI scripts.
// A test file that cannot run at all (syntax error, failing import) counts as one failure, so a
// broken file never reads as "0 failed". Jest prints its own summary after every custom reporter,
// so the line is written when the process exits, to really be the last one.
const fs = require("fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenFiles = results.numRuntimeErrorTestSuites;
    const failed = results.numFailedTests + brokenFiles;
    const note = brokenFiles > 0 ? ` (${brokenFiles} test file(s) could not run)` : "";
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed${note}\n`;
    process.once("exit", () => fs.writeSync(1, line));
  }
}
module.exports = SummaryReporter;
