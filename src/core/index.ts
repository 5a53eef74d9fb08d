/** The scoring core: numbers in, numbers out, no Office dependency. */
export * from "./errors";
export * from "./numbers";
export * from "./indicators";
export * from "./leader";
export * from "./innovation-index";
export * from "./score-table";
export * from "./scale";
export * from "./specialisation";
export * from "./specialisation-profile";
export * from "./outliers";
export * from "./promising-zones";
