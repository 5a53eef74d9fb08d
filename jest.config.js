/* eslint-env node */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.[jt]sx?$": "babel-jest",
    // webpack's "file.tsv?raw" (asset/source): the file's text.
    "^.+\\.tsv$": "<rootDir>/test/helpers/raw-transform.cjs",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "cjs", "mjs", "json", "tsv"],
  moduleNameMapper: {
    "\\.(css|less|scss)$": "<rootDir>/test/helpers/style-stub.cjs",
    "^(.+\\.tsv)\\?raw$": "$1",
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  // The default reporter, then one plain line a CI log can grep: "jest: N passed, N failed".
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.cjs"],
};
