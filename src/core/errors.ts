/**
 * Errors of the scoring core. Every refusal says what kind of problem it is and where, so that
 * adapters can turn it into an Excel error value or a task-pane message without parsing text.
 * Its reason is a dictionary key with parameters: `message` is the English wording (for the
 * command line and logs), and an adapter words it in its user's language with `messageIn`. Both
 * are worded when read, not when the error is made: in the add-in the functions' words arrive
 * after the core is running (see i18n/functions-words.lazy.ts).
 */
import {
  LANGS,
  Lang,
  MessageKey,
  Phrase,
  PhraseParams,
  formatFigure,
  functionsWordsLoaded,
  phrase,
  wordPhrase,
} from "../i18n/functions";

export type CoreErrorKind =
  | "not-a-number" // a cell holds text that is not a number
  | "missing" // a value is absent (blank, "-", "x") and the missing-value policy is "error"
  | "negative" // percent-of-leader (or a share) is undefined for a negative value
  | "zero-leader" // every value of a column is 0, so there is no leader to divide by
  | "shape" // rows and table of different widths, empty input
  | "not-found" // a region row is not part of the table it is compared with
  | "invalid-argument" // an option the function does not know
  | "input-error" // an input cell holds a spreadsheet error value, passed on as it is
  | "overflow"; // the result is too large (or small) for a floating-point number

export class CoreError extends Error {
  readonly kind: CoreErrorKind;
  /** Zero-based row and column of the offending value, where one cell is to blame. */
  readonly row?: number;
  readonly column?: number;
  readonly key: MessageKey;
  readonly params: PhraseParams;

  constructor(
    kind: CoreErrorKind,
    key: MessageKey,
    params: PhraseParams = {},
    where: { row?: number; column?: number } = {}
  ) {
    // No message here: the prototype's getter words it when read (below the class).
    super();
    this.name = "CoreError";
    this.kind = kind;
    this.key = key;
    this.params = params;
    this.row = where.row;
    this.column = where.column;
  }

  /** The reason as a phrase, to be put inside another one ("table: {reason}"). */
  get reason(): Phrase {
    return { key: this.key, params: this.params };
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return wordPhrase(lang, this.reason);
  }
}

/**
 * `message`, worded at each read: in English, or, where only another language's words have
 * arrived (a Russian pane in the add-in), in that one; the bare key only before any words (no
 * user reads it then: the functions word through messageIn once the words are there).
 */
Object.defineProperty(CoreError.prototype, "message", {
  configurable: true,
  get(this: CoreError): string {
    const lang = functionsWordsLoaded("en") ? "en" : LANGS.find(functionsWordsLoaded);
    return lang ? wordPhrase(lang, this.reason) : this.key;
  },
});

/**
 * A limit that `value` is above, as a refusal names it: the figure, or, when the two would print
 * alike (100.0000001 against 100), the figure and by how much, "100 by 1E-7" (to three digits:
 * not 9.99999E-8, a rounding), instead of "100 is above 100".
 */
export function limitFigure(limit: number, value: number): number | Phrase {
  if (formatFigure("en", value) !== formatFigure("en", limit)) return limit;
  return phrase("functions.where.by", {
    figure: limit,
    excess: Number((value - limit).toPrecision(3)),
  });
}

export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError;
}
