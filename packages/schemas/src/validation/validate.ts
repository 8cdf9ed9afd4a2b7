import type { z } from "zod";
import { type SchemaKind, type SchemaOutput, schemas } from "../registry";
import type { FastAccept } from "./_fast-event";
import { DEFAULT_DOMAIN_CODES, unknownDomainProblems } from "./domains";
import { problemsFromIssues } from "./problem";
import type { Problem } from "./problem-shape";

/** Options of {@link validate} and {@link parseEventLog}. */
export interface ValidationOptions {
  /**
   * The project's life-domain codes. Default: the kit's default set. Pass a project's
   * own set (from its settings) to accept its domains.
   */
  readonly domains?: Iterable<string>;
}

/** The result of a validation: the parsed value, or the problems found. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * @internal Validates one value; shared by {@link validate} and the event-log parser. With
 * `fast` (a value just parsed from JSON), a value it accepts is zod's value already, and
 * zod is asked only about the others, so the problems are always zod's.
 */
export function validateWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  domains: ReadonlySet<string>,
  line?: number,
  fast?: FastAccept,
): ValidationResult<T> {
  let checked: T;
  if (fast?.(value)) checked = value as T;
  else {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      return { ok: false, problems: problemsFromIssues(parsed.error.issues, value, line) };
    checked = parsed.data;
  }
  const domainProblems = unknownDomainProblems(checked, domains, line);
  if (domainProblems.length > 0) return { ok: false, problems: domainProblems };
  return { ok: true, value: checked };
}

/** @internal Resolves the domain set option once per call. */
export function domainSet(options?: ValidationOptions): ReadonlySet<string> {
  return options?.domains ? new Set(options.domains) : DEFAULT_DOMAIN_CODES;
}

/**
 * Validates a value against a published kind (`"trajectory-event"`, `"project-settings"`,
 * ...). Returns the parsed value (defaults filled in) or every problem found, each with
 * its JSON path, what was expected and what was found. Pure; never throws on bad input.
 *
 * @example
 * ```ts
 * const result = validate("trajectory-event", JSON.parse(line));
 * if (!result.ok) for (const p of result.problems) console.error(p.message);
 * ```
 */
export function validate<K extends SchemaKind>(
  kind: K,
  value: unknown,
  options?: ValidationOptions,
): ValidationResult<SchemaOutput<K>> {
  const schema = schemas[kind] as unknown as z.ZodType<SchemaOutput<K>>;
  if (schema === undefined)
    throw new TypeError(
      `Unknown schema kind "${String(kind)}". Known kinds: ${Object.keys(schemas).join(", ")}.`,
    );
  return validateWith(schema, value, domainSet(options));
}
