/** R1C1 formulas for the Office writer: the plan's own (src/sheet/plan/r1c1.ts). */
export { fromR1C1, sharedR1C1, toR1C1 } from "../sheet/plan";
