import type { z } from "zod";
import { EligibilityFacts, EligibilityRules } from "./schemas/eligibility";
import { GroupEvent, TrajectoryEvent } from "./schemas/events";
import { FunderReportDocument } from "./schemas/funder-report";
import { InstrumentDefinition } from "./schemas/instrument";
import { MiriamEvent } from "./schemas/miriam-event";
import { ParticipantProfile } from "./schemas/participant-profile";
import { DomainSet, ProjectSettings } from "./schemas/project-settings";

/**
 * Every published record and event kind, by the name used in `validate(kind, value)`,
 * in file names (`json/<kind>.schema.json`) and in `$id`s.
 */
export const schemas = {
  event: MiriamEvent,
  "trajectory-event": TrajectoryEvent,
  "group-event": GroupEvent,
  "participant-profile": ParticipantProfile,
  "project-settings": ProjectSettings,
  "domain-set": DomainSet,
  "eligibility-rules": EligibilityRules,
  "eligibility-facts": EligibilityFacts,
  "instrument-definition": InstrumentDefinition,
  "funder-report": FunderReportDocument,
} as const satisfies Record<string, z.ZodType>;

/** The name of a published schema. */
export type SchemaKind = keyof typeof schemas;

/** The names of all published schemas. */
export const schemaKinds = Object.keys(schemas) as SchemaKind[];

/** The value a kind validates to (defaults filled in). */
export type SchemaOutput<K extends SchemaKind> = z.output<(typeof schemas)[K]>;

/** Version of the interchange format; part of every `$id`. Bump on a breaking change. */
export const FORMAT_VERSION = 1;

/** Base of every schema's `$id`. An identifier: vendors should not rely on fetching it. */
export const SCHEMA_BASE_URI = `https://schemas.miriam-kit.org/v${FORMAT_VERSION}/`;

/** The stable `$id` of a kind's JSON Schema. Pure. */
export function schemaId(kind: SchemaKind): string {
  return `${SCHEMA_BASE_URI}${kind}.schema.json`;
}
