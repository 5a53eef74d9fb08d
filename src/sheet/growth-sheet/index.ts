/** The plan of the growth-poles sheet: candidates, their reasons and the growth-poles matrix. */
export * from "./growth-plan";
