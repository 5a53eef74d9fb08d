/* eslint-env node */
// Build of the add-in: one shared runtime page (taskpane.html) that loads the task pane and the
// custom functions; functions.json generated from the JSDoc of src/functions/functions.ts; the
// manifest copied with the dev-server URL replaced by the production URL.
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedAssetsPlugin } = require("./scripts/localized-assets");

const urlDev = "https://localhost:3000/";
// Where the production build is served from; every urlDev in the manifest becomes this.
const urlProd = "https://growth-poles.github.io/growth-poles/";

/**
 * The pane's Content-Security-Policy (a meta tag in taskpane.html): scripts only from this host
 * and Office.js from Microsoft's CDN (which loads its own further files from there), no inline
 * scripts, no eval. Styles allow 'unsafe-inline': Fluent UI writes its styles into <style>
 * elements at run time (Merge Styles in v8, Griffel in v9) and the page has one inline <style>.
 * Images: this host and data: URIs (Fluent's icons are inline SVG); fonts also from the Office CDN. The dev server's live reload
 * talks over a websocket to the same host, which only the development page allows.
 */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Fluent UI v8 registers the Segoe UI web fonts from Microsoft's Office CDN.
    "font-src 'self' data: https://res-1.cdn.office.net",
    `connect-src 'self'${dev ? " wss://localhost:* ws://localhost:*" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

async function getHttpsOptions() {
  // Loaded only for the dev server, so a production build needs no certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    // Source maps only for development: the production dist/ ships no maps and no links to them.
    devtool: dev ? "source-map" : false,
    entry: {
      // Functions first: the manifest's Script URL points at dist/functions.js, and the shared
      // runtime page runs it before the pane's tiny entry, which fetches the pane chunk later.
      functions: "./src/functions/functions.ts",
      // The pane depends on the functions' entry: what functions.js already loaded (the core, the
      // functions' words module, webpack's runtime) is taken from it, not bundled into pane.js again.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    // The pane's chunk in one file (pane.js), fetched by the tiny taskpane.js entry.
    optimization: { splitChunks: false },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: "babel-loader",
        },
        // "file.tsv?raw": the file's text (the sample tables of the pane's first-run card).
        { resourceQuery: /raw/, type: "asset/source" },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      // The pane's dictionaries: in the add-in each language is a chunk of its own, fetched only
      // when the pane shows that language (src/i18n/pane-words.lazy.ts); the command line and the
      // tests read both at once from pane-words.ts.
      // The same for the functions' dictionaries (src/i18n/functions-words.lazy.ts): functions.js
      // carries none, and fetches the one of Office's language (fwords-en.js, fwords-ru.js).
      new webpack.NormalModuleReplacementPlugin(/\/(pane|functions)-words$/, (resource) => {
        for (const name of ["pane-words", "functions-words"]) {
          const eager = path.resolve(__dirname, "src", "i18n", name);
          if (path.resolve(resource.context, resource.request) === eager)
            resource.request = `${eager}.lazy.ts`;
        }
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // functions.ru-RU.json and the help pages (dist/help), with the production URL in production.
      new LocalizedAssetsPlugin({ urlDev, urlProd, dev }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { csp: contentSecurityPolicy(dev) },
        // The shared runtime: the task pane and the custom functions live in this one page.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        // The template places the script tags itself (before office.js: see taskpane.html).
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    // Fluent UI makes the task pane bundle large; the size hints are noise for an add-in.
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined
            ? options.https
            : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
