// ESLint 9 flat config for `office-addin-lint check` (which picks up this file from the project
// root): the Office add-in rules with React, Prettier formatting, TypeScript parsing everywhere.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettier from "eslint-plugin-prettier";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // The recommended set covers .ts/.js only; the task pane's .tsx gets the same formatting and
    // the TypeScript-aware unused-variable rule (the plain one misreads names in type signatures).
    files: ["**/*.tsx"],
    plugins: { prettier, "@typescript-eslint": tsPlugin },
    rules: {
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  {
    // TypeScript (tsc --noEmit) already checks names, including the Office globals.
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-undef": "off" },
  },
  {
    // JSX uses React's automatic runtime (babel preset-react, tsconfig "react-jsx").
    rules: { "react/react-in-jsx-scope": "off", "react/jsx-uses-react": "off" },
  },
];
