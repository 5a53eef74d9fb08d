/* eslint-env node */
// One Babel set-up for webpack (babel-loader) and jest (babel-jest). Babel only strips types:
// `npm run typecheck` (tsc --noEmit) is what checks them.
module.exports = (api) => {
  const testing = api.env("test");
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
  };
};
