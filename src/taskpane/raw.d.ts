/** A file imported with "?raw" is its text (webpack's asset/source; see webpack.config.js). */
declare module "*?raw" {
  const text: string;
  export default text;
}
