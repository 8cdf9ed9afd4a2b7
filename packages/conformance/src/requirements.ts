import { hardRules, type RuleId } from "@miriam/trajectory";
import { RULE_NUMBERS } from "./_rule-numbers";
import { FIXTURE_INDEX } from "./generated/fixture-index";

/** The part of the method or of the format a requirement checks. */
export type RequirementArea =
  | "export"
  | "schema"
  | "privacy"
  | "reference"
  | "rule"
  | "calculation";

/** Where the method says what a requirement checks. */
export interface MethodReference {
  /** The document: the methodology, or the kit's design (interchange format). */
  readonly document: "METHODOLOGY.md" | "DESIGN.md";
  /** Its section, e.g. `"§3"` or `"Event catalogue"`. */
  readonly section: string;
  /** The section's title. */
  readonly title: string;
}

/**
 * One requirement of the method that a vendor's export must meet. Requirements are data:
 * the runner checks them, the report lists them and the docs print them as a matrix.
 */
export interface Requirement {
  /** Stable id, e.g. `MIR-SCHEMA-003` or `MIR-RULE-006`; never reused for another meaning. */
  readonly id: string;
  /** What it is about. */
  readonly area: RequirementArea;
  /** Short name. */
  readonly title: string;
  /** What an export must do to pass, in plain language. */
  readonly description: string;
  /** Where the method asks for it. */
  readonly method: MethodReference;
  /** For `MIR-RULE-*`: the id of the hard rule of `@miriam/trajectory` it checks. */
  readonly rule?: RuleId;
  /** Paths of the fixtures (under the package's `fixtures/`) that exercise it. */
  readonly fixtures: readonly string[];
}

const FORMAT: MethodReference = {
  document: "DESIGN.md",
  section: "Event catalogue",
  title: "Event catalogue (interchange format v1)",
};
const SETTINGS: MethodReference = {
  document: "DESIGN.md",
  section: "Decisions",
  title: "Data-driven method settings",
};
const TRAJECTORY: MethodReference = {
  document: "METHODOLOGY.md",
  section: "§3",
  title: "The trajectory",
};
const HARD_RULES: MethodReference = {
  document: "METHODOLOGY.md",
  section: "§3",
  title: "Hard rules and fidelity signals",
};
const DOMAINS: MethodReference = {
  document: "METHODOLOGY.md",
  section: "§4",
  title: "Life domains",
};
const REPORTING: MethodReference = {
  document: "METHODOLOGY.md",
  section: "§8",
  title: "Reporting",
};
const PRIVACY: MethodReference = { document: "METHODOLOGY.md", section: "§10", title: "Privacy" };

type Static = Omit<Requirement, "fixtures">;

const STATIC: readonly Static[] = [
  {
    id: "MIR-EXPORT-001",
    area: "export",
    title: "Project settings",
    description:
      "The export has `miriam.config.json`, valid project settings (schema `project-settings`).",
    method: SETTINGS,
  },
  {
    id: "MIR-EXPORT-002",
    area: "export",
    title: "Trajectories' log",
    description:
      "The export has `trajectories.jsonl`, holding the trajectory events and nothing else.",
    method: FORMAT,
  },
  {
    id: "MIR-EXPORT-003",
    area: "export",
    title: "One log per group",
    description:
      "Each `group-<groupId>.jsonl` holds the events of the group `<groupId>` and nothing else.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-001",
    area: "schema",
    title: "JSON Lines",
    description: "Every non-blank line of a log is one JSON object.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-002",
    area: "schema",
    title: "Events follow the format",
    description:
      "Every event matches its schema (`trajectory-event` or `group-event`): known type, required fields, values from the vocabularies.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-003",
    area: "schema",
    title: "Timestamps with offset",
    description:
      'Every `at` is an ISO 8601 date-time with its UTC offset, e.g. "2025-09-15T10:00:00+02:00".',
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-004",
    area: "schema",
    title: "No fields beyond the format",
    description: "Events and records hold only the fields of their schema.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-005",
    area: "schema",
    title: "Life domains of the project",
    description:
      "Every life domain in an event is a code of the project's domain set (its own, or the default set).",
    method: DOMAINS,
  },
  {
    id: "MIR-SCHEMA-006",
    area: "schema",
    title: "Unique event ids",
    description: "No two events of the export share an id, in one log or across logs.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-007",
    area: "schema",
    title: "Participant profiles",
    description:
      "When the export has `profiles.jsonl`, every line is a valid `participant-profile`, one per trajectory.",
    method: PRIVACY,
  },
  {
    id: "MIR-SCHEMA-008",
    area: "schema",
    title: "Events in time order",
    description:
      "In every log, the events of each trajectory (and of each group) come in time order: no event is earlier than an event before it. A backdated entry is written at its place in time.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-009",
    area: "schema",
    title: "Plausible dates",
    description:
      "Every date and time lies in the years the method can have happened (from 2015, before 2100), and no event of a trajectory is earlier than its referral.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-010",
    area: "schema",
    title: "Corrections point at their own events",
    description:
      "Every `event.corrected` and `event.voided` points at the id of an event of the same trajectory's log, and every `group-event.corrected` and `group-event.voided` at an event of the same group's log, that is not itself a correction or a void.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-011",
    area: "schema",
    title: "A voided event stays voided",
    description:
      "An event is voided at most once, and a voided event is not corrected afterwards: it is recorded again as a new event.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-012",
    area: "schema",
    title: "Corrections keep the trajectory valid",
    description:
      "No correction or void makes the replay refuse an event it accepted before (voiding the consent of a mother whose intake is recorded, for instance), and no corrected event breaks its schema.",
    method: FORMAT,
  },
  {
    id: "MIR-SCHEMA-013",
    area: "schema",
    title: "Corrections of a group's log keep its events valid",
    description:
      "No `group-event.corrected` makes a group event break its schema (a session of 0 minutes, an attendance list that is not a list of trajectory ids, for instance).",
    method: FORMAT,
  },
  {
    id: "MIR-PRIVACY-001",
    area: "privacy",
    title: "No names in events",
    description:
      "No event holds a name or contact detail: no personal fields, and no name, e-mail or phone number of a profile anywhere in an event.",
    method: PRIVACY,
  },
  {
    id: "MIR-PRIVACY-002",
    area: "privacy",
    title: "Profiles only after consent",
    description:
      "A participant profile exists only for a trajectory of the export in which she consented to processing her data.",
    method: PRIVACY,
  },
  {
    id: "MIR-REFERENCE-001",
    area: "reference",
    title: "Referrals to the project's groups",
    description: "Every referral names the project of `miriam.config.json` and one of its groups.",
    method: TRAJECTORY,
  },
  {
    id: "MIR-REFERENCE-002",
    area: "reference",
    title: "Attendance of the group's own mothers",
    description:
      "Every attendee of a group session is a trajectory of the export, referred to that group.",
    method: FORMAT,
  },
  {
    id: "MIR-REFERENCE-003",
    area: "reference",
    title: "Groups of the project",
    description:
      "Every group log belongs to a group of `miriam.config.json`, and `group.opened` names the project.",
    method: SETTINGS,
  },
  {
    id: "MIR-REFERENCE-004",
    area: "reference",
    title: "Answers to her own proposals",
    description:
      "Every `proposal.confirmed` or `proposal.declined` answers an earlier `proposal.made` of the same trajectory, and each proposal is answered at most once: her proposals reach her record only through the case manager's answer.",
    method: FORMAT,
  },
];

const CALCULATIONS: readonly Static[] = [
  {
    id: "MIR-CALCULATION-001",
    area: "calculation",
    title: "End states",
    description:
      "When the export has `expected/trajectories.json`, each trajectory's state, outcome and number of accepted events are the kit's.",
    method: TRAJECTORY,
  },
  {
    id: "MIR-CALCULATION-002",
    area: "calculation",
    title: "Refused events",
    description:
      "When the export has `expected/refused.json`, the events it lists as refused, with their rules, are the ones the kit refuses.",
    method: HARD_RULES,
  },
  {
    id: "MIR-CALCULATION-003",
    area: "calculation",
    title: "Fidelity signals",
    description:
      "When the export has `expected/signals.json`, its fidelity signals (code, subject, value) are the kit's.",
    method: HARD_RULES,
  },
  {
    id: "MIR-CALCULATION-004",
    area: "calculation",
    title: "Indicators",
    description:
      "When the export has `expected/indicators.json`, every figure it gives per group equals the kit's group report.",
    method: REPORTING,
  },
];

/** The requirement id of a hard rule. Pure. */
export function ruleRequirementId(rule: string): string {
  const number = RULE_NUMBERS[rule];
  if (number === undefined)
    throw new Error(
      `The hard rule "${rule}" has no requirement number: add it at the end of src/_rule-numbers.ts.`,
    );
  return `MIR-RULE-${String(number).padStart(3, "0")}`;
}

/**
 * The requirement a refusal of the replay breaks: the hard rule's own, or for the checks
 * of an event as a record (`event-schema`, `after-referral`, `event-id-unique`, and for a
 * correction or void `correction-target`, `not-voided`, `correction-consistent`) the
 * schema requirement they stand for. Pure.
 */
export function refusalRequirementId(rule: string): string {
  switch (rule) {
    case "event-schema":
      return "MIR-SCHEMA-002";
    case "after-referral":
      return "MIR-SCHEMA-009";
    case "event-id-unique":
      return "MIR-SCHEMA-006";
    case "correction-target":
      return "MIR-SCHEMA-010";
    case "not-voided":
      return "MIR-SCHEMA-011";
    case "correction-consistent":
      return "MIR-SCHEMA-012";
    default:
      return ruleRequirementId(rule);
  }
}

// One requirement per hard rule, read from @miriam/trajectory: a rule added there is a
// requirement here, with the rule's own title and reason.
const RULES: readonly Static[] = hardRules.map((rule) => ({
  id: ruleRequirementId(rule.id),
  area: "rule",
  title: rule.title.en,
  description: `No event of the export is refused by the rule "${rule.id}": ${rule.message.en}`,
  method: HARD_RULES,
  rule: rule.id,
}));

const AREA_ORDER: readonly RequirementArea[] = [
  "export",
  "schema",
  "privacy",
  "reference",
  "rule",
  "calculation",
];

/**
 * Every requirement of the method, in report order: export layout, schemas, privacy,
 * references, one per hard rule (from `hardRules`), and agreement with the kit's
 * calculations. Each links to the method and to its fixtures.
 */
export const requirements: readonly Requirement[] = [...STATIC, ...RULES, ...CALCULATIONS]
  .sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area))
  .map((requirement) => ({
    ...requirement,
    fixtures: FIXTURE_INDEX.filter((fixture) => fixture.requirements.includes(requirement.id)).map(
      (fixture) => fixture.path,
    ),
  }));

/** The requirement with this id, or `undefined`. Pure. */
export function requirementById(id: string): Requirement | undefined {
  return requirements.find((requirement) => requirement.id === id);
}
