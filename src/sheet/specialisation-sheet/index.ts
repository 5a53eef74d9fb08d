/** The plan of a year's specialisation sheet: shares, KSI, HHI, IT tier and the location-quotient table. */
export * from "./specialisation-frame";
export * from "./specialisation-industries";
export * from "./specialisation-it-column";
export * from "./specialisation-layout";
export * from "./specialisation-plan";
export * from "./specialisation-tier";
