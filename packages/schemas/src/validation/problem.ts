import type { z } from "zod";
import { ID_PATTERN } from "../schemas/primitives";

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
  /** The whole problem as one sentence. */
  readonly message: string;
}

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

/** Describes a value without repeating private text. */
export function describeFound(value: unknown, path: readonly PropertyKey[]): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    // A whole record that is a text (a JSON Lines line holding just a string) may be
    // anything a person typed: describe it like a private field.
    if (path.length === 0 || isPrivatePath(path)) return `a text of ${value.length} characters`;
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

const FORMAT_NAMES: Record<string, string> = {
  datetime: "a date-time with offset, e.g. 2025-09-15T10:00:00+02:00",
  date: "a date as YYYY-MM-DD",
  email: "an e-mail address",
};

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length === 1 ? shown[0]! : `one of ${shown.join(", ")}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function expectation(issue: z.core.$ZodIssue): { expected: string; extraPath?: PropertyKey } {
  switch (issue.code) {
    case "invalid_type":
      return { expected: TYPE_NAMES[issue.expected] ?? issue.expected };
    case "invalid_value":
      return { expected: oneOf(issue.values) };
    case "invalid_format": {
      if (issue.format === "regex")
        return {
          expected: issue.message.startsWith("Invalid")
            ? `text matching ${issue.pattern}`
            : issue.message,
        };
      return { expected: FORMAT_NAMES[issue.format] ?? `the ${issue.format} format` };
    }
    case "too_small":
      return {
        expected:
          issue.origin === "array"
            ? `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`
            : issue.origin === "string"
              ? `at least ${issue.minimum} character${Number(issue.minimum) === 1 ? "" : "s"}`
              : `a number of at least ${issue.minimum}`,
      };
    case "too_big":
      return {
        expected:
          issue.origin === "array"
            ? `at most ${issue.maximum} items`
            : issue.origin === "string"
              ? `at most ${issue.maximum} characters`
              : `a number of at most ${issue.maximum}`,
      };
    case "unrecognized_keys":
      return { expected: "no other fields" };
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return { expected: oneOf(options) };
      // A union of plain types (e.g. a number or null): name them.
      const types = issue.errors.map((errors) =>
        errors.length === 1 && errors[0]!.code === "invalid_type" && errors[0]!.path.length === 0
          ? (TYPE_NAMES[errors[0]!.expected] ?? errors[0]!.expected)
          : undefined,
      );
      if (types.length > 0 && types.every((type) => type !== undefined))
        return { expected: [...new Set(types)].join(" or ") };
      return { expected: "one of the allowed shapes" };
    }
    case "invalid_key":
      return { expected: "a known key" };
    default:
      return { expected: issue.message };
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
            expected: "no such field here",
            found: "an unexpected field",
            line,
          }),
        );
      }
      continue;
    }
    const { expected } = expectation(issue);
    const value = valueAt(root, issue.path);
    // A value that is not a valid id is often a name typed in the wrong field: describe
    // it, never repeat it.
    const found =
      isIdPatternIssue(issue) && typeof value === "string"
        ? `a text of ${value.length} characters that is not an id (not repeated: it may be a name)`
        : describeFound(value, issue.path);
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
  /** What was expected there, in plain language. */
  readonly expected: string;
  /** What was found there, in plain language, never repeating personal data. */
  readonly found: string;
  /** 1-based line number in a JSON Lines file. */
  readonly line?: number | undefined;
}

/** Builds a {@link Problem} with its sentence. Pure. */
export function makeProblem({ code, path, expected, found, line }: ProblemInput): Problem {
  const where = `${line === undefined ? "" : `line ${line}, `}${formatPath(path)}`;
  const message = `${where}: expected ${expected}, found ${found}.`;
  return line === undefined
    ? { code, path: formatPath(path), expected, found, message }
    : { code, line, path: formatPath(path), expected, found, message };
}
