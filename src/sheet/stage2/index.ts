/** Stage 2 computed: a year's specialisation (KSI, HHI, LQ, IT share) and the growth poles that follow from it and the rating. */
export * from "./growth-poles";
export * from "./specialisation";
