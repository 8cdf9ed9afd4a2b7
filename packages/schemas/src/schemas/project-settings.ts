import { z } from "zod";
import { LANGUAGES, lifeDomains, regions } from "../vocabulary";
import { EligibilityRules } from "./eligibility";
import { LabelsSchema } from "./labels";
import { DomainCode, Id, MethodDate } from "./primitives";

/** One life domain of a project's own domain set. */
export const DomainDefinition = z
  .strictObject({ code: DomainCode, labels: LabelsSchema })
  .meta({ id: "domain-definition", title: "Domain definition" });

/**
 * A project's own set of life domains (METHODOLOGY.md §4). Codes must be unique; a
 * project that keeps the default set leaves it out of its settings.
 */
export const DomainSet = z
  .array(DomainDefinition)
  .min(1)
  .refine((set) => new Set(set.map((d) => d.code)).size === set.length, {
    message: "each domain code must appear once",
  })
  .meta({
    id: "domain-set",
    title: "Domain set",
    description: "A project's own set of life domains.",
  });

const Range = (min: number, max: number, description: string) =>
  z
    .strictObject({ min: z.number().min(min).max(max), max: z.number().min(min).max(max) })
    .refine((range) => range.min <= range.max, {
      message: "min must be at most max",
      path: ["max"],
    })
    .meta({ description });

/**
 * Fidelity thresholds (METHODOLOGY.md §3). They measure how closely a project follows
 * the method; they never block work. Defaults are the method's.
 */
export const FidelityThresholds = z
  .strictObject({
    planWithinDays: z
      .int()
      .min(1)
      .max(365)
      .default(42)
      .meta({ description: "Days from intake to plan." }),
    individualContactMaxGapDays: z.int().min(1).max(365).default(14),
    groupSessionMaxGapDays: z.int().min(1).max(365).default(14),
    groupSize: Range(1, 40, "Participants per group.").default({ min: 12, max: 15 }),
    maxGroupsPerProject: z.int().min(1).max(20).default(2),
    trajectoryLengthMonths: Range(1, 36, "Length of a trajectory in months.").default({
      min: 8,
      max: 14,
    }),
  })
  .meta({ id: "fidelity-thresholds", title: "Fidelity thresholds" });

/** One group of a project. */
export const GroupSettings = z
  .strictObject({
    id: Id,
    name: z.string().min(1).max(100),
    caseManagerId: Id.optional(),
    startDate: MethodDate,
    sessionCadenceDays: z
      .union([z.literal(7), z.literal(14)])
      .default(14)
      .meta({ description: "Group sessions every 7 or 14 days." }),
  })
  .meta({ id: "group-settings", title: "Group settings" });

/**
 * The settings that make the method data-driven for one OCMW project (or consortium):
 * the file `miriam.config.json` of a project kit.
 */
export const ProjectSettings = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    ocmw: z.strictObject({
      name: z
        .string()
        .min(1)
        .max(200)
        .meta({ description: "OCMW / CPAS / ÖSHZ, or the consortium's name." }),
      members: z
        .array(z.string().min(1).max(200))
        .optional()
        .meta({ description: "Member OCMWs of a consortium." }),
      logo: z
        .string()
        .max(500)
        .optional()
        .meta({ description: "Path to the logo used on documents." }),
    }),
    region: regions.schema,
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1)
      .meta({ description: "Languages of the project's documents; the first is the default." }),
    groups: z.array(GroupSettings).min(1),
    trajectoryLengthMonths: z.int().min(1).max(36).default(10),
    fidelity: FidelityThresholds.default(FidelityThresholds.parse({})),
    domains: DomainSet.optional().meta({
      description: "The project's own life domains; default: the kit's default set.",
    }),
    eligibility: EligibilityRules.optional(),
    instruments: z.array(z.strictObject({ id: Id, version: z.int().min(1) })).optional(),
    futureToleranceDays: z.int().min(0).max(31).default(1).meta({
      description:
        "Days an event's time may lie after now before it is refused as a date in the future (clocks and time zones differ a little; a year typed wrong differs a lot).",
    }),
    reporting: z
      .strictObject({
        countsBeforeSuppression: z.boolean().meta({
          description:
            "True only when a data-protection agreement between the OCMW and the funder allows it: the funder report then also carries its counts before small-cell suppression, so the programme report can add OCMWs up exactly. Default (absent or false): only the suppressed figures leave the OCMW.",
        }),
      })
      .optional()
      .meta({
        description: "What the project's funder report carries beyond its suppressed figures.",
      }),
    retention: z
      .strictObject({
        monthsAfterClosing: z.int().min(1).max(1200).meta({
          description:
            "Months a closed trajectory's personal data is kept after its closing; then it is erased.",
        }),
      })
      .optional()
      .meta({
        description:
          "How long the project keeps personal data after a trajectory closes. The OCMW decides this in its retention schedule (GDPR art. 5(1)(e)); the method sets no period and the kit claims no default. Software may refuse to close a trajectory until it is set.",
      }),
  })
  .superRefine((settings, context) => {
    // Checks across fields, reported like any other problem (code, path, message in four
    // languages) instead of a thrown error.
    const seen = new Set<string>();
    settings.groups.forEach((group, index) => {
      if (seen.has(group.id))
        context.addIssue({
          code: "custom",
          message: "each group id must appear once",
          path: ["groups", index, "id"],
          input: group.id,
        });
      seen.add(group.id);
    });
    const { min, max } = settings.fidelity.trajectoryLengthMonths;
    if (
      min <= max &&
      (settings.trajectoryLengthMonths < min || settings.trajectoryLengthMonths > max)
    )
      context.addIssue({
        code: "custom",
        message: "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths",
        path: ["trajectoryLengthMonths"],
        input: settings.trajectoryLengthMonths,
      });
  })
  .meta({
    id: "project-settings",
    title: "Project settings",
    description: "Settings of one MIRIAM project at an OCMW / CPAS (miriam.config.json).",
  });

/** Project settings as written in a file (defaults may be left out). */
export type ProjectSettingsInput = z.input<typeof ProjectSettings>;
/** Project settings with defaults filled in. */
export type ProjectSettings = z.output<typeof ProjectSettings>;
/** Fidelity thresholds with defaults filled in. */
export type FidelityThresholds = z.output<typeof FidelityThresholds>;
/** A project's own life domain. */
export type DomainDefinition = z.infer<typeof DomainDefinition>;

/**
 * The life domains a project works with, in its order: its own `domains` when its settings
 * set them, else the kit's default set (METHODOLOGY.md §4). Forms, documents and reports
 * read this, so a project's own set reaches every view. Pure.
 *
 * @example
 * ```ts
 * projectDomains({ domains: [{ code: "budget", labels }] }); // [{ code: "budget", labels }]
 * projectDomains({}).length; // 11, the default set
 * ```
 */
export function projectDomains(
  settings: { readonly domains?: readonly DomainDefinition[] | undefined } | undefined,
): readonly DomainDefinition[] {
  return settings?.domains ?? DEFAULT_DOMAINS;
}

const DEFAULT_DOMAINS: readonly DomainDefinition[] = lifeDomains.terms.map((term) => ({
  code: term.code,
  labels: term.labels,
}));
