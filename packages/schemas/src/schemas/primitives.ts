import { z } from "zod";

/**
 * @internal Pseudonymous ids: opaque to people, stable in exports. The pattern keeps them
 * out of the way of names: no spaces, no accents, so a name pasted by mistake is refused
 * (and validation does not repeat a value that fails it).
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** A pseudonymous identifier (of a trajectory, a worker, a group, an event...). */
export const Id = z
  .string()
  .regex(
    ID_PATTERN,
    "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters",
  )
  .meta({
    description:
      "Pseudonymous identifier: letters, digits, '.', '_', ':' or '-', no spaces, at most 128 characters.",
  });

/**
 * @internal The years in which a MIRIAM event can happen: the method began in 2015
 * (METHODOLOGY.md §1), and a year from 2100 on is a typo (`9999`, `20255`), never a plan.
 * A pattern rather than a refinement, so the published JSON Schema says it too.
 */
export const PLAUSIBLE_YEARS = { from: "2015-01-01", until: "2100-01-01" } as const;

/** @internal The pattern of {@link PLAUSIBLE_YEARS}, on the year of a date or timestamp. */
export const PLAUSIBLE_YEAR_PATTERN = /^(?:201[5-9]|20[2-9][0-9])-/;

/** @internal The message of {@link PLAUSIBLE_YEAR_PATTERN}; problems word it in every language. */
export const PLAUSIBLE_YEAR_MESSAGE = "a date from 2015-01-01 and before 2100-01-01";

/**
 * A moment in time, ISO 8601 with an explicit offset (`2025-09-15T10:00:00+02:00` or
 * `...Z`): a local time without offset is ambiguous across daylight saving time. Its year
 * is one in which the method can have happened (2015 to 2099).
 */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .regex(PLAUSIBLE_YEAR_PATTERN, PLAUSIBLE_YEAR_MESSAGE)
  .meta({
    // Two patterns make zod's JSON Schema an `allOf` without the format: say it again.
    format: "date-time",
    description:
      "ISO 8601 date-time with an explicit offset, e.g. 2025-09-15T10:00:00+02:00, in the years 2015 to 2099.",
  });

/** A calendar date, `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date().meta({ description: "Calendar date, YYYY-MM-DD." });

/**
 * A calendar date of the method's work (a session, a group's start, a step's due date):
 * `YYYY-MM-DD` in the years 2015 to 2099. Birth dates are plain {@link CalendarDate}s.
 */
export const MethodDate = z.iso
  .date()
  .regex(PLAUSIBLE_YEAR_PATTERN, PLAUSIBLE_YEAR_MESSAGE)
  .meta({ format: "date", description: "Calendar date, YYYY-MM-DD, in the years 2015 to 2099." });

/**
 * A life-domain code. The set of valid codes is the project's (default: the kit's
 * default set), so the schema checks the shape and validation checks membership.
 */
export const DomainCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "a life-domain code in kebab-case")
  .meta({
    description:
      "Code of a life domain of the project's domain set. Default set: finances, housing, work-training, children, childcare, health, wellbeing, social-network, leisure, mobility, rights.",
  });

/**
 * Free text written by a worker. It may hold personal data: it never leaves the OCMW
 * in aggregate reports and is never printed in logs or errors.
 */
export const Note = z.string().max(10_000).meta({
  description: "Free text by a worker. Personal data: never exported in aggregates, never logged.",
});
