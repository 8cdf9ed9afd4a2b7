import type { Language } from "@miriam/schemas";
import { brusselsDate, brusselsTimestamp, type Problem } from "@miriam/schemas";
import type { Refusal } from "@miriam/trajectory";
import type { T } from "./i18n";

// What is wrong with a form, said next to the field it is about, in her language and in
// words. The kit's problems are written for files and logs ("$.data.mode: expected one
// of ..."); a form already shows where (the field) and offers the allowed values, so the
// app says only what to do. One module for every form: each form says which of its
// fields a problem's JSON path points at, this module does the rest.

/** One error of a form: the field it belongs beside (none: the form as a whole). */
export interface FormError {
  /** The field's name in the form; undefined for an error of the whole form. */
  readonly field?: string;
  readonly message: string;
}

/** A problem's JSON path (`$.data.goals[0].domain`) as segments (`data`, `goals`, 0, `domain`). */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(`"${match[3]}"`) as string);
  }
  return segments;
}

/** Which field of a form a problem's path (as segments) points at; undefined: none. */
export type FieldOf = (segments: readonly (string | number)[]) => string | undefined;

/**
 * The field of an event's form: the event's time is the `when` field, a field of its data
 * is the form field of that name unless the form maps it (`data`), anything else is the
 * form as a whole.
 */
export function eventFieldOf(data?: FieldOf): FieldOf {
  return (segments) => {
    if (segments[0] === "at") return "when";
    if (segments[0] !== "data" || segments.length < 2) return undefined;
    const rest = segments.slice(1);
    return data?.(rest) ?? (typeof rest[0] === "string" ? rest[0] : undefined);
  };
}

const toDate = (at: string) => {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : brusselsDate(new Date(time));
};

/** A problem as what to do about the field, in the translator's language. Pure. */
export function problemText(problem: Problem, t: T): string {
  const { expected } = problem.detail;
  switch (problem.code) {
    case "missing-field":
      return t("errRequired");
    case "future-date":
      return expected.kind === "not-in-future"
        ? t("errFutureDate", { latest: toDate(expected.latest) })
        : t("errDate");
    case "implausible-date":
      return expected.kind === "plausible-time"
        ? t("errImplausibleDate", { from: expected.from, until: expected.until })
        : t("errDate");
    case "unknown-domain":
      return t("errUnknownDomain");
    case "invalid-value":
      return t("errChooseFromList");
    case "invalid-type":
      return expected.kind === "type" && expected.types.some((type) => /int|number/.test(type))
        ? t("errNumber")
        : t("errCheckField");
    case "out-of-range":
      if (expected.kind === "min")
        return t(
          expected.origin === "number"
            ? "errAtLeast"
            : expected.origin === "string"
              ? expected.minimum <= 1
                ? "errRequired"
                : "errTextAtLeast"
              : "errChooseAtLeast",
          { n: expected.minimum },
        );
      if (expected.kind === "max")
        return t(
          expected.origin === "number"
            ? "errAtMost"
            : expected.origin === "string"
              ? "errTextAtMost"
              : "errChooseAtMost",
          { n: expected.maximum },
        );
      return t("errCheckField");
    case "invalid-format":
      if (expected.kind === "format" && /date/.test(expected.format)) return t("errDate");
      if (expected.kind === "format" && expected.format === "email") return t("errEmail");
      if (expected.kind === "rule" && /^an id /.test(expected.text)) return t("errIdFormat");
      return t("errCheckField");
    default:
      return t("errCheckField");
  }
}

/** The errors of a form from the kit's problems: each beside its field, when it has one. */
export function problemErrors(problems: readonly Problem[], fieldOf: FieldOf, t: T): FormError[] {
  return problems.map((problem) => {
    const field = fieldOf(pathSegments(problem.path));
    return { ...(field === undefined ? {} : { field }), message: problemText(problem, t) };
  });
}

/**
 * The errors of a form from the rules' refusals: the refusal of a time before the
 * referral is the `when` field's, said with the referral's day and hour in Brussels time;
 * a rule of the method is the whole form's. Each says why and what would help.
 */
export function refusalErrors(
  refusals: readonly Refusal[],
  t: T,
  language: Language,
  referralAt?: string,
): FormError[] {
  return refusals.map((refusal) =>
    refusal.rule === "after-referral" && referralAt !== undefined
      ? {
          field: "when",
          message: t("errBeforeReferral", {
            referral: brusselsTimestamp(new Date(referralAt)).slice(0, 16).replace("T", " "),
          }),
        }
      : {
          ...(refusal.rule === "after-referral" ? { field: "when" } : {}),
          message: `${refusal.message[language]} ${refusal.remedy[language]}`,
        },
  );
}
