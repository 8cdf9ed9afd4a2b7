import { exampleCohortLines } from "../generated/example-cohort";
import type { GroupEvent, TrajectoryEvent } from "../schemas/events";
import type { ParticipantProfile } from "../schemas/participant-profile";
import type { ProjectSettingsInput } from "../schemas/project-settings";

// The cohort is data: the files in `fixtures/example-cohort/`, laid out as a vendor's
// export (`exportLayout`), are its source. `pnpm generate` embeds them, by role, in
// `src/generated/example-cohort.ts`, so the cohort ships inside the bundle and never
// depends on finding the package's files on disk at run time. The records are not parsed
// with the schemas here, which would fill in defaults and change what the files say; the
// tests validate every one of them instead (`example-cohort-files.test.ts`).

/**
 * A small, realistic example cohort: the settings of one OCMW project, the profiles of its
 * participants, its group's log and every trajectory event. Returned by
 * {@link exampleCohort}.
 */
export interface ExampleCohort {
  /** The project settings (`miriam.config.json`) of the example OCMW. */
  readonly settings: ProjectSettingsInput;
  /** One profile per enrolled mother: the only records with names. */
  readonly profiles: ParticipantProfile[];
  /** The group's own log: opened, sessions with attendance, closed. */
  readonly groupEvents: GroupEvent[];
  /** The events of every trajectory, sorted by time; each trajectory's in its own order. */
  readonly trajectoryEvents: TrajectoryEvent[];
}

/** The records of JSON Lines, parsed anew on every call. */
const records = (lines: readonly string[]): unknown[] =>
  lines.filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as unknown);

/**
 * A small, realistic example cohort for demos, docs and tests: one MIRIAM group of 14
 * mothers at OCMW Gent (Flanders) across the programme year September 2025 to June 2026,
 * plus one mother who declined at the information talk (15 trajectories).
 *
 * Its stories show the variety of the method: intakes mostly at home, 12 completed
 * trajectories, 2 drop-outs (found work, health), 1 pause for a birth, goals in the
 * mothers' own words across the life domains, rights moving from eligible to applied to
 * granted (and some refused), contacts at most 14 days apart (one mother away for three
 * weeks), referrals to partner organisations, group sessions every 14 days with their
 * attendance, t0, mid and t1 measurements with the kit's self-evaluation, reviews,
 * evaluations, handovers and two policy signals. Names appear only in `profiles`; every
 * event uses pseudonymous ids (`gent-2025-a-01`, `cm-01`, `mw-07`). Every event validates,
 * and each trajectory's events follow the method's order.
 *
 * Pure and deterministic: every call returns a new, identical cohort. The people are
 * invented.
 *
 * @example
 * ```ts
 * const { settings, trajectoryEvents } = exampleCohort();
 * const jsonl = trajectoryEvents.map((event) => JSON.stringify(event)).join("\n");
 * ```
 */
export function exampleCohort(): ExampleCohort {
  // `$schema` points the file at its JSON Schema for editors; it is not a setting.
  const { $schema: _, ...settings } = JSON.parse(exampleCohortLines.settings.join("\n"));
  return {
    settings: settings as ProjectSettingsInput,
    profiles: records(exampleCohortLines.profiles) as ParticipantProfile[],
    groupEvents: records(exampleCohortLines.groupEvents) as GroupEvent[],
    trajectoryEvents: records(exampleCohortLines.trajectoryEvents) as TrajectoryEvent[],
  };
}
