/** Jest's stand-in for webpack's "?raw" imports (asset/source): the file's text as the module. */
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
