/**
 * The six indicators of stage 1 (METHOD.md), in the order the functions and the sheet use:
 * S_D, S_F, S_E (susceptibility), S_A, S_B, S_C (activity). All are "higher is better".
 */
import { Phrase, phrase } from "../i18n/functions";
import { CoreError } from "./errors";

export const INDICATOR_CODES = ["S_D", "S_F", "S_E", "S_A", "S_B", "S_C"] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];
export type IndicatorGroup = "susceptibility" | "activity";

/** Raw yearbook figures the indicators are derived from. Money in mln tenge, emissions in thousand tonnes. */
export const RAW_FIGURES = [
  "grp",
  "employed",
  "fixedAssets",
  "emissions",
  "rdExpenditure",
  "techInnovationExpenditure",
  "innovativeProducts",
  "population",
] as const;
export type RawFigure = (typeof RAW_FIGURES)[number];
export type RawFigures = Partial<Record<RawFigure, number | null>>;

export interface IndicatorInfo {
  code: IndicatorCode;
  group: IndicatorGroup;
  /** The raw figures it is computed from: numerator first, then denominator. */
  inputs: readonly [RawFigure, RawFigure];
  /** Multiplier that turns numerator/denominator into the indicator's unit. */
  factor: number;
}

/** Each with its meaning and unit in a comment: the pane and the sheets word them from the dictionaries. */
export const INDICATORS: readonly IndicatorInfo[] = [
  {
    // Labour productivity, thousand tenge per employed person
    code: "S_D",
    group: "susceptibility",
    inputs: ["grp", "employed"],
    factor: 1000,
  },
  {
    // Return on fixed assets, GRP per tenge of fixed assets
    code: "S_F",
    group: "susceptibility",
    inputs: ["grp", "fixedAssets"],
    factor: 1,
  },
  {
    // Eco-efficiency of production, thousand tenge of GRP per tonne of emissions
    code: "S_E",
    group: "susceptibility",
    inputs: ["grp", "emissions"],
    factor: 1,
  },
  {
    // R&D expenditure per employed person, tenge per person
    code: "S_A",
    group: "activity",
    inputs: ["rdExpenditure", "employed"],
    factor: 1e6,
  },
  {
    // Technological-innovation expenditure per employed person, tenge per person
    code: "S_B",
    group: "activity",
    inputs: ["techInnovationExpenditure", "employed"],
    factor: 1e6,
  },
  {
    // Innovative products per head of population, tenge per person
    code: "S_C",
    group: "activity",
    inputs: ["innovativeProducts", "population"],
    factor: 1e6,
  },
];

export const SUSCEPTIBILITY_CODES: readonly IndicatorCode[] = ["S_D", "S_F", "S_E"];
export const ACTIVITY_CODES: readonly IndicatorCode[] = ["S_A", "S_B", "S_C"];

export function indicatorInfo(code: IndicatorCode): IndicatorInfo {
  const info = INDICATORS.find((i) => i.code === code);
  if (!info) throw new CoreError("invalid-argument", "functions.indicator.unknown", { code });
  return info;
}

/**
 * One indicator from raw figures, or null where a figure it needs is missing.
 * A zero denominator is refused: dividing by no employed persons is an error in the data.
 */
export function deriveIndicator(code: IndicatorCode, raw: RawFigures): number | null {
  const { inputs, factor } = indicatorInfo(code);
  const numerator = raw[inputs[0]];
  const denominator = raw[inputs[1]];
  if (
    numerator === null ||
    numerator === undefined ||
    denominator === null ||
    denominator === undefined
  )
    return null;
  if (denominator === 0)
    throw new CoreError("invalid-argument", "functions.indicator.zeroDenominator", {
      code,
      figure: figureName(inputs[1]),
    });
  // Divided first: the product with the factor could overflow where the result does not.
  const value = (numerator / denominator) * factor;
  if (!Number.isFinite(value))
    throw new CoreError("overflow", "functions.indicator.tooLarge", {
      code,
      numerator: figureName(inputs[0]),
      denominator: figureName(inputs[1]),
    });
  return value;
}

/** A raw figure as a message names it: "employed" / "занятые". */
export function figureName(figure: RawFigure): Phrase {
  return phrase(`functions.figure.${figure}`);
}

/** All six indicators from raw figures (null where a needed figure is absent). */
export function deriveIndicators(raw: RawFigures): Record<IndicatorCode, number | null> {
  const out = {} as Record<IndicatorCode, number | null>;
  for (const code of INDICATOR_CODES) out[code] = deriveIndicator(code, raw);
  return out;
}
