/** Rating a year: the joined tables checked against themselves, then scored by the core into a rated year with its findings. */
export * from "./checks";
export * from "./rate";
export * from "./earlier-borders";
