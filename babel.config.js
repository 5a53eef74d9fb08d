/* global require, module */
// One Babel set-up for webpack (babel-loader) and jest (babel-jest). Babel only strips types:
// `npm run typecheck` (tsc --noEmit) is what checks them. In webpack's bundles the functions'
// dictionary keys become short ids (scripts/compact-keys.js); the tests read the sources as written.
module.exports = (api) => {
  const testing = api.env("test");
  const bundling = !testing && api.caller((caller) => caller?.name === "babel-loader");
  return {
    presets: [
      [
        "@babel/preset-env",
        // Jest runs in the Node we have; the bundle runs in Office's browser runtimes.
        testing ? { targets: { node: "current" } } : { targets: "defaults" },
      ],
      ["@babel/preset-typescript", { allowDeclareFields: true }],
      ["@babel/preset-react", { runtime: "automatic" }],
    ],
    plugins: bundling ? [require("./scripts/compact-keys").compactKeysPlugin] : [],
  };
};
