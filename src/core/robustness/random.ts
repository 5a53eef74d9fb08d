/**
 * The seeded generator of the robustness analysis: pure-rand's xoroshiro128+ and its uniform
 * 53-bit doubles, so the same seed gives the same runs on every machine and in every bundle.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

type Generator = ReturnType<typeof xoroshiro128plus>;

/**
 * A stream of uniform numbers in [0, 1) from a seed (an integer; the seed's low 32 bits are
 * used): one number per call, or many at once with drawInto.
 */
export interface Uniform {
  (): number;
  readonly generator: Generator;
}

export function seededUniform(seed: number): Uniform {
  const generator = xoroshiro128plus(seed | 0);
  return Object.assign(() => uniformFloat64(generator), { generator });
}

/**
 * The stream's next `out.length` numbers, into `out`: the same numbers as that many calls. One
 * loop of one function for every stream, which the engine optimises early and keeps; a call per
 * number, from another function's loop, to a different stream each time, runs unoptimised for
 * longer.
 */
export function drawInto(uniform: Uniform, out: Float64Array): Float64Array {
  const generator = uniform.generator;
  for (let i = 0; i < out.length; i++) out[i] = uniformFloat64(generator);
  return out;
}
