/**
 * The robustness analysis (issue 15): uncertainty and sensitivity of the rating's ranks and
 * classes, and the coherence of its indicators. Its own front, kept out of src/core/index.ts so
 * nothing of it (nor pure-rand) enters the worksheet functions' bundle.
 */
export * from "./analysis";
export * from "./assumptions";
export * from "./coherence";
export * from "./composite-run";
export * from "./excel-stats";
export * from "./outlier-treatment";
export * from "./random";
export * from "./rank-statistics";
export * from "./saltelli";
export * from "./score-variants";
