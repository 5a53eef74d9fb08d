/** The plan of one year's rating sheet: inputs, scores, ratings, the index, the class, the legend and the sorted order with its chart. */
export * from "./year-layout";
export * from "./year-legend";
export * from "./year-order";
export * from "./year-plan";
export * from "./year-scores";
