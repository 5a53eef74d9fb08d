/**
 * The CLUSTER custom functions: the worksheet face of the method (see the README's function reference). Each
 * function is a thin wrapper over an adapter in this folder, which reads Excel's ranges and calls
 * the scoring core. The JSDoc below is what Excel shows: custom-functions-metadata-plugin turns
 * it into functions.json at build time and registers each function under its stable ASCII id.
 *
 * Each returns its cells, or a Promise of them while the words its messages need are on the way
 * (excel.ts). The plugin cannot read that union as a return type, so the functions leave it to
 * TypeScript and tell the plugin the shape, a matrix, in `@returns {any[][]}`.
 */
import { classBands, ratingClasses } from "./classes";
import { excelCall } from "./excel";
import { knownFunctionsLang } from "./lang";
import { dynamics, indicatorFromFigures, leaderScores, scoreRegions } from "./stage1";
import { hhi, itShare, ksi, lq } from "./stage2";
import { wordsArrive } from "./words";
import { promisingZone } from "./zones";

// Outside Excel (the page opened in a plain browser) there is no CustomFunctions global: the
// registrations the build appends to this file would throw a ReferenceError, so they go to a
// stand-in that registers nothing. In Excel the real one is already there.
if (typeof CustomFunctions === "undefined")
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };

// The words of Office's language (a chunk of their own) start on their way as soon as it is
// known: now if Office is there already, else at the first call (excel.ts).
const knownLang = knownFunctionsLang();
if (knownLang) void wordsArrive(knownLang);

/**
 * Innovation development index (0-100) of each region row: the mean of its susceptibility and activity ratings, every indicator scored as a percent of the table's leader.
 * @customfunction INNOV_INDEX INNOV_INDEX
 * @helpurl https://localhost:3000/help/functions.en.html#clusterinnov_index
 * @param rows One region's six indicators in the order S_D, S_F, S_E, S_A, S_B, S_C, or several regions' rows (one index per row).
 * @param table The same six indicator columns for all regions compared; the largest value of each column is its leader (100).
 * @param [weights] Two numbers: the weights of susceptibility and activity. Default 0.5 and 0.5; they are rescaled to sum to 1.
 * @param [missing] What a blank or "-" indicator means: "error" (default), "skip" (average the indicators present) or "zero".
 * @returns {any[][]} One index per row of rows, as a column.
 */
export function innovIndex(
  rows: unknown[][],
  table: unknown[][],
  weights?: unknown[][],
  missing?: string
) {
  return excelCall(() => scoreRegions(rows, table, weights, missing, "index"));
}

/**
 * Susceptibility rating R_IS (0-100) of each region row: the mean of its percent-of-leader scores on labour productivity (S_D), return on fixed assets (S_F) and eco-efficiency (S_E).
 * @customfunction SUSCEPTIBILITY SUSCEPTIBILITY
 * @helpurl https://localhost:3000/help/functions.en.html#clustersusceptibility
 * @param rows One region's six indicators in the order S_D, S_F, S_E, S_A, S_B, S_C, or several regions' rows.
 * @param table The same six indicator columns for all regions compared.
 * @param [missing] What a blank or "-" indicator means: "error" (default), "skip" or "zero".
 * @returns {any[][]} One rating per row of rows, as a column.
 */
export function susceptibility(rows: unknown[][], table: unknown[][], missing?: string) {
  return excelCall(() => scoreRegions(rows, table, null, missing, "susceptibility"));
}

/**
 * Innovation activity rating R_IA (0-100) of each region row: the mean of its percent-of-leader scores on R&D expenditure (S_A), technological-innovation expenditure (S_B) and innovative products (S_C).
 * @customfunction ACTIVITY ACTIVITY
 * @helpurl https://localhost:3000/help/functions.en.html#clusteractivity
 * @param rows One region's six indicators in the order S_D, S_F, S_E, S_A, S_B, S_C, or several regions' rows.
 * @param table The same six indicator columns for all regions compared.
 * @param [missing] What a blank or "-" indicator means: "error" (default), "skip" or "zero".
 * @returns {any[][]} One rating per row of rows, as a column.
 */
export function activity(rows: unknown[][], table: unknown[][], missing?: string) {
  return excelCall(() => scoreRegions(rows, table, null, missing, "activity"));
}

/**
 * Percent of the leader (formula 1): each value as a percent of the largest value of its column, so the leader scores 100.
 * @customfunction LEADER_SCORE LEADER_SCORE
 * @helpurl https://localhost:3000/help/functions.en.html#clusterleader_score
 * @param values A region's value of one indicator, or several values (the result has their shape).
 * @param column The indicator's values for all regions compared; its largest value is the leader.
 * @param [missing] What a blank or "-" means: "error" (default), "skip" (leave it out, shown as "-") or "zero".
 * @returns {any[][]} Scores from 0 to 100, in the shape of values.
 */
export function leaderScore(values: unknown[][], column: unknown[][], missing?: string) {
  return excelCall(() => leaderScores(values, column, missing));
}

/**
 * One of the six indicators from raw yearbook figures, e.g. S_D = GRP (mln tenge) * 1000 / employed persons.
 * @customfunction INDICATOR INDICATOR
 * @helpurl https://localhost:3000/help/functions.en.html#clusterindicator
 * @param code The indicator: "S_D" (GRP / employed), "S_F" (GRP / fixed assets), "S_E" (GRP / emissions), "S_A" (R&D expenditure / employed), "S_B" (tech-innovation expenditure / employed) or "S_C" (innovative products / population).
 * @param numerator The figure on top: GRP, R&D expenditure, tech-innovation expenditure or innovative products, in mln tenge. A cell or a range.
 * @param denominator The figure below: employed persons, fixed assets (mln tenge), emissions (thousand tonnes) or population. Same shape as numerator (pairs with it cell by cell).
 * @param [missing] What a blank or "-" figure means: "error" (default), "skip" (result "-") or "zero".
 * @returns {any[][]} The indicator in its unit (see the help), in the shape of numerator.
 */
export function indicator(
  code: string,
  numerator: unknown[][],
  denominator: unknown[][],
  missing?: string
) {
  return excelCall(() => indicatorFromFigures(code, numerator, denominator, missing));
}

/**
 * Dynamics between two years, as the paper prints it: the later index as a percent of the earlier one (later / earlier * 100).
 * @customfunction DYNAMICS DYNAMICS
 * @helpurl https://localhost:3000/help/functions.en.html#clusterdynamics
 * @param earlier The index of the earlier year (e.g. 2010), a cell or a range.
 * @param later The index of the later year (e.g. 2014), same shape as earlier (pairs with it cell by cell).
 * @returns {any[][]} Percent, in the shape of earlier; above 100 means the index grew.
 */
export function indexDynamics(earlier: unknown[][], later: unknown[][]) {
  return excelCall(() => dynamics(earlier, later));
}

/**
 * Class of the rating scale (the paper's Table 1) for an innovation development index: A++ (90-100) down to D (0-10); a band includes its lower bound.
 * @customfunction RATING_CLASS RATING_CLASS
 * @helpurl https://localhost:3000/help/functions.en.html#clusterrating_class
 * @param index An index from 0 to 100, or a range of them (the result has its shape).
 * @param [scale] "latin" (default: A, B, C, D), "cyrillic" (the paper's А, В, С) or a two-column range of lower bounds and labels.
 * @returns {any[][]} The class label of each index.
 */
export function ratingClass(index: unknown[][], scale?: unknown[][]) {
  return excelCall(() => ratingClasses(index, scale));
}

/**
 * Reads a class label printed in either alphabet ("В++", "V+", "С", "A") and gives its band: by default the lowest index of the class.
 * @customfunction CLASS_BAND CLASS_BAND
 * @helpurl https://localhost:3000/help/functions.en.html#clusterclass_band
 * @param label A class label, Latin or Cyrillic, or a range of them.
 * @param [part] What to return: "lower" (default, the band's lowest index), "upper", "latin", "cyrillic", "group" or "meaning".
 * @returns {any[][]} The part asked for, in the shape of label.
 */
export function classBand(label: unknown[][], part?: string) {
  return excelCall(() => classBands(label, part));
}

/**
 * Krugman specialisation index of each region row: the sum over industries of |region share - reference share|, from 0 (same mix as the reference) to 2 (nothing in common).
 * @customfunction KSI KSI
 * @helpurl https://localhost:3000/help/functions.en.html#clusterksi
 * @param rows One region's industry sizes (employment or output, industries in columns), or several regions' rows.
 * @param table The industry sizes of all regions of the country, the same industry columns.
 * @param [reference] The economy compared with: "rest" (default: all other regions summed), "national" (all regions, the region included) or "mean" (the mean of the other regions' shares).
 * @param [missing] What a blank or "-" size means: "error" (default) or "zero".
 * @returns {any[][]} One index per row of rows, as a column.
 */
export function krugman(
  rows: unknown[][],
  table: unknown[][],
  reference?: string,
  missing?: string
) {
  return excelCall(() => ksi(rows, table, reference, missing));
}

/**
 * Herfindahl-Hirschman index of each region row: the sum of its squared industry shares, from 1/K (an even mix of K industries) to 1 (one industry).
 * @customfunction HHI HHI
 * @helpurl https://localhost:3000/help/functions.en.html#clusterhhi
 * @param rows One region's industry sizes (industries in columns), or several regions' rows.
 * @param [normalised] TRUE to rescale to run from 0 (even mix) to 1 (one industry); FALSE (default) for the plain index.
 * @param [missing] What a blank or "-" size means: "error" (default) or "zero".
 * @returns {any[][]} One index per row of rows, as a column.
 */
export function herfindahl(rows: unknown[][], normalised?: boolean, missing?: string) {
  return excelCall(() => hhi(rows, normalised, missing));
}

/**
 * Location quotients of each region row: the region's share of an industry divided by the country's share of that industry; above 1 means more specialised than the country.
 * @customfunction LOC_QUOTIENT LOC_QUOTIENT
 * @helpurl https://localhost:3000/help/functions.en.html#clusterloc_quotient
 * @param rows One region's industry sizes (industries in columns), or several regions' rows; each must be a row of table.
 * @param table The industry sizes of all regions of the country, the same industry columns.
 * @param [missing] What a blank or "-" size means: "error" (default) or "zero".
 * @returns {any[][]} One quotient per industry and region, in the shape of rows.
 */
export function locationQuotient(rows: unknown[][], table: unknown[][], missing?: string) {
  return excelCall(() => lq(rows, table, missing));
}

/**
 * A region's share of the national total of one industry (e.g. IT output), from 0 to 1: what the paper's Table 7 prints as the "modified KSI".
 * @customfunction IT_SHARE IT_SHARE
 * @helpurl https://localhost:3000/help/functions.en.html#clusterit_share
 * @param values A region's output of the industry, or several regions' values (the result has their shape).
 * @param table The industry's output in every region of the country; its sum is the national total.
 * @param [missing] What a blank or "-" (no output data) means: "error" (default), "skip" (no data: shown as "-", left out of the total) or "zero".
 * @returns {any[][]} Shares of the national total, in the shape of values.
 */
export function industryShare(values: unknown[][], table: unknown[][], missing?: string) {
  return excelCall(() => itShare(values, table, missing));
}

/**
 * Is the region a promising zone for an IT cluster (the paper's conclusion)? It must lead the innovation rating (class in the chosen groups, or rank in the top N) and be specialised in IT (share of national IT output at least minItShare). Says why.
 * @customfunction PROMISING_ZONE PROMISING_ZONE
 * @helpurl https://localhost:3000/help/functions.en.html#clusterpromising_zone
 * @param ratingClass The region's class on the rating scale (Table 6), Latin or Cyrillic ("B++", "В++"), or a range of regions' classes.
 * @param itShare The region's share of national IT output, 0 to 1 (Table 7, or CLUSTER.IT_SHARE); blank or "-" is no data (not specialised). Same shape as ratingClass.
 * @param [minItShare] The smallest IT share that counts as specialised in IT, 0 to 1. Default 0.01 (1% of national IT output).
 * @param [groups] The rating groups that lead: text such as "A,B" (default) or "A,B,C", a range of letters, or "none" to let topRanks alone decide.
 * @param [rank] The region's place in the rating (1 = highest index), same shape as ratingClass; needed for topRanks, shown in the reasons.
 * @param [topRanks] Regions ranked this high or higher also lead the rating, whatever their group (e.g. 5 for the top five).
 * @param [part] What to return: "reasons" (default: "candidate: ..." or "not a candidate: ..." with why) or "verdict" (TRUE or FALSE).
 * @returns {any[][]} One verdict per region, in the shape of ratingClass.
 */
export function promisingZoneOf(
  ratingClass: unknown[][],
  itShare: unknown[][],
  minItShare?: unknown[][],
  groups?: unknown[][],
  rank?: unknown[][],
  topRanks?: unknown[][],
  part?: string
) {
  return excelCall(() =>
    promisingZone(ratingClass, itShare, minItShare, groups, rank, topRanks, part)
  );
}
