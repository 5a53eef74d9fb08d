/** The plan of the dynamics sheet: each region's index and class across the years (the paper's Table 6). */
export * from "./dynamics-plan";
export * from "./dynamics-pairs";
