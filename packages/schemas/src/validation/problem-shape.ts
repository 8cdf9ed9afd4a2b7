// The shape of a problem, apart from the code that makes and words problems: the wording
// (problem-messages.ts) and the making (problem.ts) both read it, and neither reads the other
// back, so the modules form no import cycle.

/**
 * One thing wrong with an input, written for the person who has to fix it: where
 * (line, JSON path), what was expected and what was found. Never contains the value of
 * a personal or free-text field.
 */
export interface Problem {
  /** What kind of problem it is, for programs that sort problems; people read `message`. */
  readonly code: ProblemCode;
  /** 1-based line number in a JSON Lines file, when the input was one. */
  readonly line?: number;
  /** JSON path of the offending field, e.g. `$.data.goals[0].domain`; `$` is the whole record. */
  readonly path: string;
  /** What the kit expected there, in plain language. */
  readonly expected: string;
  /** What it found there, in plain language (values of personal fields are not repeated). */
  readonly found: string;
  /** The whole problem as one sentence, in English; {@link problemMessage} writes it in NL, FR or DE. */
  readonly message: string;
  /**
   * What was expected and what was found, as language-neutral data, so the problem can be
   * worded in any language ({@link problemMessage}). Holds no more than `expected` and
   * `found` do: never a personal value.
   */
  readonly detail: ProblemDetail;
}

/** What was expected and what was found, as data. See {@link Problem.detail}. */
export interface ProblemDetail {
  /** What the kit expected there. */
  readonly expected: ProblemExpectation;
  /** What it found there. */
  readonly found: ProblemFinding;
}

/**
 * What the kit expected, as data: its `kind` says which, the other fields give the values
 * the sentence needs. A `phrase` is a program's own English text, shown as is.
 */
export type ProblemExpectation =
  /** A value of one of these types (zod's names: `string`, `number`, `int`, `null`...). */
  | { readonly kind: "type"; readonly types: readonly string[] }
  /** One of these values. */
  | { readonly kind: "one-of"; readonly values: readonly unknown[] }
  /** A text in this format (zod's name: `datetime`, `date`, `email`...). */
  | { readonly kind: "format"; readonly format: string }
  /** A text matching this regular expression. */
  | { readonly kind: "pattern"; readonly pattern: string }
  /** A rule of the schema, in its own (English) words; the kit's own rules are translated. */
  | { readonly kind: "rule"; readonly text: string }
  /** At least `minimum` items (`array`), characters (`string`) or a number of at least it. */
  | {
      readonly kind: "min";
      readonly origin: "array" | "string" | "number";
      readonly minimum: number;
    }
  /** At most `maximum` items (`array`), characters (`string`) or a number of at most it. */
  | {
      readonly kind: "max";
      readonly origin: "array" | "string" | "number";
      readonly maximum: number;
    }
  /** One of the shapes a union allows. */
  | { readonly kind: "any-shape" }
  /** A known key of a record. */
  | { readonly kind: "known-key" }
  /** No such field (the field is not part of the record). */
  | { readonly kind: "no-such-field" }
  /** One JSON object on a JSON Lines line. */
  | { readonly kind: "json-line" }
  /** One JSON document (a whole file). */
  | { readonly kind: "json-document" }
  /** A life domain of the project's domain set. */
  | { readonly kind: "life-domain"; readonly domains: readonly string[] }
  /**
   * An id not used before: first seen on `firstLine` of this file, or in `firstFile` (on
   * its `firstLine`, when given).
   */
  | {
      readonly kind: "unused-id";
      readonly id: "event" | "trajectory";
      readonly firstLine?: number;
      readonly firstFile?: string;
    }
  /**
   * A time no earlier than that of an event before it in the same trajectory (or group)
   * of the same log: the latest such event is on `latestLine`, at `latestAt`.
   */
  | { readonly kind: "in-time-order"; readonly latestAt: string; readonly latestLine: number }
  /** A moment in the years the method exists: from `from` up to, not including, `until`. */
  | { readonly kind: "plausible-time"; readonly from: string; readonly until: string }
  /** A moment no later than `latest` (now plus the project's tolerance of `toleranceDays`). */
  | { readonly kind: "not-in-future"; readonly latest: string; readonly toleranceDays: number }
  /**
   * The id of an event a correction or void may point at (`event.corrected`,
   * `event.voided`), and why the one found is not: `unknown` (no event has it),
   * `elsewhere` (an event of another trajectory or of a group's log, on `line` of `file`),
   * `voided` (voided already, by the void on `line` of `file`), `correction` (itself a
   * correction or a void).
   */
  | {
      readonly kind: "correctable-event";
      readonly because: "unknown" | "elsewhere" | "voided" | "correction";
      readonly line?: number;
      readonly file?: string;
    }
  /**
   * The same as `correctable-event`, for a correction or void of a group's log
   * (`group-event.corrected`, `group-event.voided`): the event must be one of the same
   * group's log.
   */
  | {
      readonly kind: "correctable-group-event";
      readonly because: "unknown" | "elsewhere" | "voided" | "correction";
      readonly line?: number;
      readonly file?: string;
    }
  /** A program's own English text. */
  | { readonly kind: "phrase"; readonly text: string };

/**
 * What the kit found, as data. Only a `string` carries a value found in the input, and
 * never one of a personal or free-text field: those are `private-text`, with their length.
 */
export type ProblemFinding =
  /** Nothing: the field is missing. */
  | { readonly kind: "missing" }
  /** `null`. */
  | { readonly kind: "null" }
  /** A list of `length` items. */
  | { readonly kind: "list"; readonly length: number }
  /** An object. */
  | { readonly kind: "object" }
  /** A text of a personal or free-text field, or a whole record that is a text: not repeated. */
  | { readonly kind: "private-text"; readonly length: number }
  /** A text that is not an id (it may be a name): not repeated. */
  | { readonly kind: "not-an-id"; readonly length: number }
  /** A text of a field that holds no personal data, shortened to 60 characters. */
  | { readonly kind: "string"; readonly value: string }
  /** Another value: its JavaScript type (`number`, `boolean`...) and its text. */
  | { readonly kind: "value"; readonly type: string; readonly text: string }
  /** A field that is not part of the record. */
  | { readonly kind: "unexpected-field" }
  /** A line that is not valid JSON, with the 1-based character near which it breaks. */
  | { readonly kind: "invalid-json"; readonly character?: number }
  /** A program's own English text. */
  | { readonly kind: "phrase"; readonly text: string };

/**
 * The kinds of {@link Problem}: stable codes for programs (a conformance report, a
 * vendor's import screen) so they never have to parse the wording.
 */
export type ProblemCode =
  | "invalid-json"
  | "missing-field"
  | "unexpected-field"
  | "invalid-type"
  | "invalid-value"
  | "invalid-format"
  | "out-of-range"
  | "unknown-domain"
  | "duplicate-id"
  | "out-of-order"
  | "implausible-date"
  | "future-date"
  | "correction-target-unknown"
  | "correction-target-elsewhere"
  | "correction-of-correction"
  | "correction-of-voided"
  | "already-voided"
  | "invalid";
