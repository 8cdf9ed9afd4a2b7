import type { z } from "zod";
import { ID_PATTERN, PLAUSIBLE_YEAR_PATTERN, PLAUSIBLE_YEARS } from "../schemas/primitives";
import { describeExpectation, describeFinding, problemMessage } from "./problem-messages";
import type {
  Problem,
  ProblemCode,
  ProblemDetail,
  ProblemExpectation,
  ProblemFinding,
} from "./problem-shape";

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
      if (isPlausibleYearIssue(issue)) return { kind: "plausible-time", ...PLAUSIBLE_YEARS };
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
    // A text that is no date at all ("14/10/2025") also fails the year check: one problem
    // (the format) says it.
    if (isPlausibleYearIssue(issue) && hasFormatIssueAt(issues, issue)) continue;
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
      return isPlausibleYearIssue(issue) ? "implausible-date" : "invalid-format";
    case "too_small":
    case "too_big":
      return "out-of-range";
    default:
      return "invalid";
  }
}

function isPlausibleYearIssue(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === "invalid_format" &&
    issue.format === "regex" &&
    (issue as { pattern?: string }).pattern === String(PLAUSIBLE_YEAR_PATTERN)
  );
}

function hasFormatIssueAt(
  issues: readonly z.core.$ZodIssue[],
  yearIssue: z.core.$ZodIssue,
): boolean {
  const at = formatPath(yearIssue.path);
  return issues.some(
    (issue) =>
      issue !== yearIssue && issue.code === "invalid_format" && formatPath(issue.path) === at,
  );
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

/**
 * @internal The problem of a text that is not JSON, from the parser's error: only its
 * position is kept, because the parser's message quotes the text, which may hold names.
 * `kind` says whether a JSON Lines line or a whole document was expected.
 */
export function invalidJsonProblem(
  error: unknown,
  kind: "json-line" | "json-document",
  line?: number,
): Problem {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  return makeProblem({
    code: "invalid-json",
    path: [],
    expected: { kind },
    found:
      position === undefined
        ? { kind: "invalid-json" }
        : { kind: "invalid-json", character: Number(position) + 1 },
    line,
  });
}
