import { z } from "zod";
import {
  dropOutReasons,
  outcomeIndicators,
  positiveExitReasons,
  regions,
  signalThemes,
} from "../vocabulary";
import { CalendarDate, DomainCode, Id } from "./primitives";

// The machine-readable funder report: what a project sends for the programme report
// (issue #21). `@miriam/evaluation` writes it (`reportToJson(funderReport(...))`) and
// reads it back (`aggregate`); this schema is the contract for anyone else who writes
// or reads one.

const SUPPRESSED = z
  .literal("suppressed")
  .meta({ description: "Hidden by small-cell suppression: it carries no value." });

const Count = z.int().min(0);
const Rate = z.number().nullable();
const PublishedCount = z.union([Count, SUPPRESSED]);
const PublishedRate = z.union([z.number(), z.null(), SUPPRESSED]);

const FidelityCode = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "a fidelity signal's code");

/** The indicators of one scope, with `count` for counts of people and `rate` for the rest. */
function indicatorSet<C extends z.ZodType, R extends z.ZodType>(count: C, rate: R) {
  const byCode = <Code extends string>(codes: readonly Code[]) =>
    z.strictObject(
      Object.fromEntries(codes.map((code) => [code, count])) as unknown as { [K in Code]: C },
    );
  const score = { n: count, meanT0: rate, meanT1: rate, meanChange: rate };
  const share = z.strictObject({ n: count, yes: count, no: count, share: rate });
  return z.strictObject({
    participation: z.strictObject({
      referred: count,
      declined: count,
      notStarted: count,
      started: count,
      completed: count,
      positiveEarlyExit: count,
      droppedOut: count,
      otherClosed: count,
      active: count,
      ended: count,
      completionRate: rate,
      resultRate: rate,
    }),
    positiveExitByReason: byCode(positiveExitReasons.codes),
    dropOutByReason: byCode(dropOutReasons.codes),
    sessions: z.strictObject({
      held: Count,
      meanAttendance: Rate,
      meanDaysBetween: Rate,
      maxDaysBetween: Rate,
    }),
    contactsPerParticipantMonth: rate,
    domains: z.array(z.strictObject({ domain: DomainCode, ...score })),
    selfReliance: z.strictObject(score),
    improvedInAnyDomain: share,
    overallImprovement: share,
    outcomeIndicators: z.array(
      z.strictObject({
        indicator: outcomeIndicators.schema,
        n: count,
        yesT0: count,
        noT0: count,
        yesT1: count,
        noT1: count,
        shareT0: rate,
        shareT1: rate,
      }),
    ),
    fidelity: z.array(z.strictObject({ code: FidelityCode, count })),
  });
}

const PublishedIndicators = indicatorSet(PublishedCount, PublishedRate).meta({
  description:
    "Indicators after small-cell suppression: counts from 1 to threshold − 1 are 'suppressed', with every count that would give them away and every rate or mean computed from a hidden count.",
});

const Indicators = indicatorSet(Count, Rate).meta({
  description: "Indicators before suppression: every count as it is.",
});

const Period = z.strictObject({ from: CalendarDate, to: CalendarDate });

/**
 * A project's funder report as JSON (format version 1): its indicators after small-cell
 * suppression per project and for the report's projects together, the policy signals
 * counted by theme and domain (texts only where reviewed and marked shareable), and, only
 * when a data-protection agreement allows it, the counts before suppression.
 */
export const FunderReportDocument = z
  .strictObject({
    kind: z.literal("miriam-funder-report"),
    formatVersion: z.literal(1).meta({ description: "Version of this report's shape." }),
    period: Period.optional().meta({ description: "The period the funder asked for, as given." }),
    dataPeriod: Period.optional().meta({
      description:
        "The first and last day of the report's events (referral to closing): the programme report places the report in a programme year (September to August) by its first day when no period is given.",
    }),
    threshold: z.int().min(2).meta({ description: "Counts from 1 to threshold − 1 are hidden." }),
    programme: z.strictObject({
      projects: Count,
      groups: Count,
      indicators: PublishedIndicators,
    }),
    projects: z.array(
      z.strictObject({
        projectId: Id,
        name: z.string().min(1).max(200).optional(),
        region: regions.schema.optional(),
        groups: Count,
        indicators: PublishedIndicators,
      }),
    ),
    signals: z
      .strictObject({
        counts: z.array(
          z.strictObject({
            projectId: Id,
            theme: signalThemes.schema,
            domain: DomainCode,
            count: Count,
          }),
        ),
        shareable: z.array(
          z.strictObject({
            projectId: Id,
            theme: signalThemes.schema,
            domain: DomainCode,
            month: z.string().regex(/^\d{4}-\d{2}$/, "a month, YYYY-MM"),
            observation: z.string().min(1).max(2000),
          }),
        ),
      })
      .meta({
        description:
          "Policy signals (signal.raised): how many per project, theme and domain, and the observations a coordinator reviewed and marked shareable. No other text leaves the OCMW.",
      }),
    countsBeforeSuppression: z
      .strictObject({
        programme: Indicators,
        projects: z.array(z.strictObject({ projectId: Id, indicators: Indicators })),
      })
      .optional()
      .meta({
        description:
          "Present only when the project's settings say a data-protection agreement allows it (reporting.countsBeforeSuppression): the same indicators before suppression, so the programme report adds OCMWs up exactly and suppresses across levels itself.",
      }),
  })
  .meta({
    title: "MIRIAM funder report",
    description:
      "One project's (or one OCMW's projects') report for the funder, as sent for the programme report.",
  });
