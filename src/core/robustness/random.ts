/**
 * The seeded generator of the robustness analysis: pure-rand's xoroshiro128+ and its uniform
 * 53-bit doubles, so the same seed gives the same runs on every machine and in every bundle.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A stream of uniform numbers in [0, 1) from a seed (an integer; the seed's low 32 bits are used). */
export type Uniform = () => number;

export function seededUniform(seed: number): Uniform {
  const rng = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(rng);
}
