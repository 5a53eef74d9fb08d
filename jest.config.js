/* eslint-env node */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.[jt]sx?$": "babel-jest" },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "cjs", "mjs", "json"],
  moduleNameMapper: { "\\.(css|less|scss)$": "<rootDir>/test/helpers/style-stub.cjs" },
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  // The default reporter, then one plain line a CI log can grep: "jest: N passed, N failed".
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.cjs"],
};
