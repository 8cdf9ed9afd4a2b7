import type { z } from "zod";
import { ID_PATTERN } from "../schemas/primitives";
import { describeExpectation, describeFinding, problemMessage } from "./problem-messages";

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
  /** An id not used before: first seen on `firstLine` of this file, or in `firstFile`. */
  | {
      readonly kind: "unused-id";
      readonly id: "event" | "trajectory";
      readonly firstLine?: number;
      readonly firstFile?: string;
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
  | "invalid";

// Keys whose values may be personal data or free text: a problem describes them, it
// never repeats them (METHODOLOGY.md §10: no personal data in logs or errors).
const PRIVATE_KEYS = new Set([
  "note",
  "notes",
  "name",
  "agreements",
  "words",
  "description",
  "observation",
  "topic",
  "givenName",
  "familyName",
  "birthDate",
  "phone",
  "email",
  "address",
  "street",
  "postalCode",
  "municipality",
  "neighbourhood",
]);

/** Renders a path as `$.a.b[0].c`. Pure. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function isPrivatePath(path: readonly PropertyKey[]): boolean {
  return path.some((key) => typeof key === "string" && PRIVATE_KEYS.has(key));
}

/**
 * What was found at `path`, as data, without repeating private text: a string is kept
 * (shortened) only outside personal and free-text fields. Pure.
 */
export function findingOf(value: unknown, path: readonly PropertyKey[]): ProblemFinding {
  if (value === undefined) return { kind: "missing" };
  if (value === null) return { kind: "null" };
  if (Array.isArray(value)) return { kind: "list", length: value.length };
  if (typeof value === "object") return { kind: "object" };
  if (typeof value === "string") {
    // A whole record that is a text (a JSON Lines line holding just a string) may be
    // anything a person typed: describe it like a private field.
    if (path.length === 0 || isPrivatePath(path))
      return { kind: "private-text", length: value.length };
    return { kind: "string", value: value.length > 60 ? `${value.slice(0, 57)}...` : value };
  }
  return { kind: "value", type: typeof value, text: String(value) };
}

/** Describes a value without repeating private text, in English. Pure. */
export function describeFound(value: unknown, path: readonly PropertyKey[]): string {
  return describeFinding(findingOf(value, path), "en");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

// Zod counts sizes of many kinds (dates, sets, files...); the kit names arrays and texts
// and calls everything else a number.
const sizeOrigin = (origin: string): "array" | "string" | "number" =>
  origin === "array" || origin === "string" ? origin : "number";

function expectation(issue: z.core.$ZodIssue): ProblemExpectation {
  switch (issue.code) {
    case "invalid_type":
      return { kind: "type", types: [issue.expected] };
    case "invalid_value":
      return { kind: "one-of", values: issue.values };
    case "invalid_format": {
      if (issue.format === "regex")
        return issue.message.startsWith("Invalid")
          ? { kind: "pattern", pattern: String(issue.pattern) }
          : { kind: "rule", text: issue.message };
      return { kind: "format", format: issue.format };
    }
    case "too_small":
      return { kind: "min", origin: sizeOrigin(issue.origin), minimum: Number(issue.minimum) };
    case "too_big":
      return { kind: "max", origin: sizeOrigin(issue.origin), maximum: Number(issue.maximum) };
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return { kind: "one-of", values: options };
      // A union of plain types (e.g. a number or null): name them.
      const types = issue.errors.map((errors) =>
        errors.length === 1 && errors[0]!.code === "invalid_type" && errors[0]!.path.length === 0
          ? errors[0]!.expected
          : undefined,
      );
      if (types.length > 0 && types.every((type) => type !== undefined))
        return { kind: "type", types: [...new Set(types)] };
      return { kind: "any-shape" };
    }
    case "invalid_key":
      return { kind: "known-key" };
    default:
      return { kind: "rule", text: issue.message };
  }
}

/**
 * Turns zod issues into plain-language {@link Problem}s. `root` is the validated value,
 * used to describe what was found. Pure.
 */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  line?: number,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      // One problem per extra field: each one is a separate thing to remove.
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push(
          makeProblem({
            code: "unexpected-field",
            path,
            expected: { kind: "no-such-field" },
            found: { kind: "unexpected-field" },
            line,
          }),
        );
      }
      continue;
    }
    const expected = expectation(issue);
    const value = valueAt(root, issue.path);
    // A value that is not a valid id is often a name typed in the wrong field: describe
    // it, never repeat it.
    const found =
      isIdPatternIssue(issue) && typeof value === "string"
        ? ({ kind: "not-an-id", length: value.length } as const)
        : findingOf(value, issue.path);
    problems.push(
      makeProblem({ code: codeOf(issue, value), path: issue.path, expected, found, line }),
    );
  }
  return problems;
}

function codeOf(issue: z.core.$ZodIssue, value: unknown): ProblemCode {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? "missing-field" : "invalid-type";
    case "invalid_value":
    case "invalid_union":
    case "invalid_key":
      return "invalid-value";
    case "invalid_format":
      return "invalid-format";
    case "too_small":
    case "too_big":
      return "out-of-range";
    default:
      return "invalid";
  }
}

function isIdPatternIssue(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === "invalid_format" &&
    issue.format === "regex" &&
    (issue as { pattern?: string }).pattern === String(ID_PATTERN)
  );
}

/** What {@link makeProblem} needs: a problem without its sentence. */
export interface ProblemInput {
  /** The kind of problem. */
  readonly code: ProblemCode;
  /** Where, as path segments (`["data", "goals", 0]`). */
  readonly path: readonly PropertyKey[];
  /**
   * What was expected there: as data, so the problem can be read in every language, or
   * as an English phrase (which stays English in every language).
   */
  readonly expected: string | ProblemExpectation;
  /**
   * What was found there, never repeating personal data: as data, or as an English
   * phrase.
   */
  readonly found: string | ProblemFinding;
  /** 1-based line number in a JSON Lines file. */
  readonly line?: number | undefined;
}

/**
 * Builds a {@link Problem} with its English texts and sentence. Pure. Give `expected`
 * and `found` as data ({@link ProblemExpectation}, {@link ProblemFinding}) when you can:
 * {@link problemMessage} then words them in NL, FR, DE and EN.
 */
export function makeProblem({ code, path, expected, found, line }: ProblemInput): Problem {
  const detail: ProblemDetail = {
    expected: typeof expected === "string" ? { kind: "phrase", text: expected } : expected,
    found: typeof found === "string" ? { kind: "phrase", text: found } : found,
  };
  const at = formatPath(path);
  const message = problemMessage({ line, path: at, detail }, "en");
  return {
    code,
    ...(line === undefined ? {} : { line }),
    path: at,
    expected: describeExpectation(detail.expected, "en"),
    found: describeFinding(detail.found, "en"),
    message,
    detail,
  };
}
