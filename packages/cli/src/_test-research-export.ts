import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  exampleCohort,
  exportFiles,
  type GroupEvent,
  groupEvent,
  type ParticipantProfile,
  type TrajectoryEvent,
  type TrajectoryEventType,
  trajectoryEvent,
} from "@miriam/schemas";

// Test helper only: an export for `miriam research-export`, built with the kit's event
// builders. Four mothers of one group of the example cohort's project: two whose consent
// in force includes research, one who never gave it, one who withdrew it. Their names
// (in profiles.jsonl) and free texts (intake notes, goals, contact notes) are planted so
// that a test can show that none of them reaches the research export.

/** The project's group. */
export const RESEARCH_GROUP = "gent-2026-r";

/** Every mother of the fixture, by what her consent says about research. */
export const researchMothers = {
  /** Research in her consent, never withdrawn. */
  consenting: ["gent-2026-r-01", "gent-2026-r-04"],
  /** Consent without research. */
  withoutResearch: ["gent-2026-r-02"],
  /** Research in her consent, withdrawn later. */
  withdrawn: ["gent-2026-r-03"],
} as const;

/** Names and free texts that must never reach the research export. */
export const plantedPersonalData = [
  "Yasmina",
  "Verhaeghe",
  "Ilse",
  "Desmet",
  "Intakenotitie over de schulden van Yasmina",
  "Ik wil een rijbewijs halen",
  "Samen naar het wijkgezondheidscentrum",
] as const;

const CASE_MANAGER = "cm-07";

function motherEvents(
  trajectoryId: string,
  start: number,
  scopes: readonly string[],
  withdrawn: readonly string[] | undefined,
): TrajectoryEvent[] {
  let day = start;
  const at = () => `2026-09-${String(day++).padStart(2, "0")}T10:00:00+02:00`;
  const event = <T extends TrajectoryEventType>(
    type: T,
    data: Parameters<typeof trajectoryEvent<T>>[1]["data"],
  ): TrajectoryEvent =>
    trajectoryEvent(type, { trajectoryId, by: CASE_MANAGER, at: at(), data }) as TrajectoryEvent;
  const answers = (score: number) => ({
    "satisfaction-finances": score,
    "satisfaction-housing": score + 1,
    "self-reliance": score,
  });
  return [
    event("trajectory.referred", {
      projectId: "ocmw-gent-miriam",
      groupId: RESEARCH_GROUP,
      referredBy: "mw-03",
      eligibility: { singleMother: true, services: ["living-wage"] },
    }),
    event("information-talk.held", { decision: "interested" }),
    event("consent.given", {
      scopes: scopes as ["processing"],
      noticeVersion: "2026-1",
    }),
    event("intake.held", {
      location: "home",
      household: { childrenBirthYears: [2019, 2022] },
      situation: [
        {
          domain: "finances",
          wantsToWorkOnIt: true,
          note: "Intakenotitie over de schulden van Yasmina",
        },
      ],
    }),
    event("measurement.recorded", {
      timepoint: "t0",
      instrument: { id: "miriam-self-evaluation", version: 1 },
      answers: answers(3),
      indicators: { "in-work": false, "regular-gp": true },
    }),
    event("plan.agreed", {
      goals: [
        {
          id: "g1",
          domain: "mobility",
          description: "Ik wil een rijbewijs halen",
          owner: "participant",
          steps: [{ description: "Inschrijven bij de rijschool", who: "participant" }],
        },
      ],
    }),
    event("contact.held", {
      mode: "escort",
      domains: ["health"],
      minutes: 90,
      note: "Samen naar het wijkgezondheidscentrum",
    }),
    ...(withdrawn === undefined
      ? []
      : [event("consent.withdrawn", { scopes: withdrawn as ["research"] })]),
    event("measurement.recorded", {
      timepoint: "t1",
      instrument: { id: "miriam-self-evaluation", version: 1 },
      answers: answers(6),
      indicators: { "in-work": true, "regular-gp": true },
    }),
  ];
}

/** The fixture's events, profiles and settings. */
export function researchExportContent() {
  const { settings } = exampleCohort();
  const groupEvents: GroupEvent[] = [
    groupEvent("group.opened", {
      groupId: RESEARCH_GROUP,
      by: "co-01",
      at: "2026-08-31T09:00:00+02:00",
      data: { projectId: "ocmw-gent-miriam", caseManagerId: CASE_MANAGER, capacity: 15 },
    }) as GroupEvent,
  ];
  const research = ["processing", "research"];
  const trajectoryEvents = [
    ...motherEvents("gent-2026-r-01", 1, research, undefined),
    ...motherEvents("gent-2026-r-02", 2, ["processing", "partner-sharing"], undefined),
    ...motherEvents("gent-2026-r-03", 3, research, ["research"]),
    ...motherEvents("gent-2026-r-04", 4, [...research, "photos"], undefined),
  ];
  const profile = (trajectoryId: string, givenName: string, familyName: string) =>
    ({
      trajectoryId,
      givenName,
      familyName,
      preferredLanguage: "nl",
      recordedAt: "2026-09-10T10:00:00+02:00",
    }) as ParticipantProfile;
  const profiles = [
    profile("gent-2026-r-01", "Yasmina", "Verhaeghe"),
    profile("gent-2026-r-02", "Ilse", "Desmet"),
  ];
  return { settings, groupEvents, trajectoryEvents, profiles };
}

/** Writes the fixture as an export (the interchange layout) into `dir`. */
export function writeResearchExport(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of exportFiles(researchExportContent()))
    writeFileSync(join(dir, name), text);
}
