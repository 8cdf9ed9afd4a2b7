import type { TrajectoryEvent } from "@miriam/schemas";
import { TrajectoryBuilder } from "../src/_events";
import { exportLayout } from "../src/export-layout";
import { ruleRequirementId } from "../src/requirements";

// Deliberately broken exports: each one changes the valid programme in one way a vendor's
// software might, and names the requirements it must then fail (the generator checks that
// the runner fails exactly these).

type Files = Map<string, string>;
type Json = Record<string, unknown> & { data: Record<string, unknown> };

/** One way to break an export. */
export interface Breakage {
  readonly name: string;
  readonly description: string;
  /** The requirements the broken export fails, and no others. */
  readonly fails: readonly string[];
  readonly apply: (files: Files) => void;
}

const TRAJECTORIES = exportLayout.trajectories;
const GROUP = exportLayout.groupLog("conformance-a");

const lines = (files: Files, name: string) => files.get(name)!.trimEnd().split("\n");
const setLines = (files: Files, name: string, list: readonly string[]) =>
  files.set(name, `${list.join("\n")}\n`);

/** Changes the first line of `name` whose event passes `where`. */
function editEvent(
  files: Files,
  name: string,
  where: (event: Json) => boolean,
  edit: (event: Json) => unknown,
  nth = 0,
): void {
  const list = lines(files, name);
  let seen = 0;
  const index = list.findIndex((line) => where(JSON.parse(line)) && seen++ === nth);
  if (index === -1) throw new Error(`No event to break in ${name}.`);
  const edited = edit(JSON.parse(list[index]!));
  list[index] = typeof edited === "string" ? edited : JSON.stringify(edited);
  setLines(files, name, list);
}

const isContact = (event: Json) => event.type === "contact.held";

/** Adds the events of a new trajectory at the end of the trajectories' log. */
function appendTrajectory(files: Files, events: readonly TrajectoryEvent[]): void {
  setLines(files, TRAJECTORIES, [
    ...lines(files, TRAJECTORIES),
    ...events.map((e) => JSON.stringify(e)),
  ]);
}

/** Adds a correction of a group event's data at the end of the group's log. */
function appendGroupCorrection(files: Files, eventId: string, data: Record<string, unknown>) {
  const correction = {
    id: "conformance-a.900",
    groupId: "conformance-a",
    type: "group-event.corrected",
    at: "2026-06-30T10:00:00+02:00",
    by: "cm-01",
    data: { eventId, reason: "typing-error", corrected: { data } },
  };
  setLines(files, GROUP, [...lines(files, GROUP), JSON.stringify(correction)]);
}

const newcomer = () => new TrajectoryBuilder("conformance-a-90", "2026-01-05");

export const breakages: readonly Breakage[] = [
  {
    name: "bad-json",
    description: "A line of the trajectories' log is cut off halfway: it is not JSON.",
    fails: ["MIR-SCHEMA-001"],
    apply: (files) =>
      editEvent(files, TRAJECTORIES, isContact, (e) => JSON.stringify(e).slice(0, 80), 3),
  },
  {
    name: "wrong-enum",
    description: 'A contact has the mode "visit", which is not a contact mode of the vocabulary.',
    fails: ["MIR-SCHEMA-002"],
    apply: (files) =>
      editEvent(files, TRAJECTORIES, isContact, (e) => ({
        ...e,
        data: { ...e.data, mode: "visit" },
      })),
  },
  {
    name: "unknown-event-type",
    description:
      'An event has the type "contact.logged", which is not an event type of the format.',
    fails: ["MIR-SCHEMA-002"],
    apply: (files) =>
      editEvent(files, TRAJECTORIES, isContact, (e) => ({ ...e, type: "contact.logged" }), 1),
  },
  {
    name: "missing-offset",
    description: "An event's timestamp has no UTC offset (local time without +01:00 / +02:00).",
    fails: ["MIR-SCHEMA-003"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        isContact,
        (e) => ({ ...e, at: String(e.at).slice(0, 19) }),
        2,
      ),
  },
  {
    name: "extra-field",
    description: "A contact carries a field the format does not have (`data.mood`).",
    fails: ["MIR-SCHEMA-004"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        isContact,
        (e) => ({ ...e, data: { ...e.data, mood: "good" } }),
        4,
      ),
  },
  {
    name: "unknown-domain",
    description:
      'A contact names the life domain "garden", which is not in the project\'s domain set.',
    fails: ["MIR-SCHEMA-005"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        isContact,
        (e) => ({ ...e, data: { ...e.data, domains: ["garden"] } }),
        5,
      ),
  },
  {
    name: "duplicate-event-id",
    description: "A contact is exported twice, with the same event id.",
    fails: ["MIR-SCHEMA-006"],
    apply: (files) => {
      const list = lines(files, TRAJECTORIES);
      const index = list.findIndex((line) => isContact(JSON.parse(line)));
      list.splice(index + 1, 0, list[index]!);
      setLines(files, TRAJECTORIES, list);
    },
  },
  {
    name: "duplicate-id-across-logs",
    description: "A group session has the id of a trajectory event.",
    fails: ["MIR-SCHEMA-006"],
    apply: (files) => {
      const id = JSON.parse(lines(files, TRAJECTORIES)[0]!).id as string;
      editEvent(
        files,
        GROUP,
        (e) => e.type === "group-session.held",
        (e) => ({ ...e, id, data: { ...e.data, attendees: [] } }),
      );
    },
  },
  {
    name: "event-out-of-order",
    description:
      "A trajectory's intake is written after a contact that happened later: its time is earlier than that of the line before it.",
    fails: ["MIR-SCHEMA-008"],
    apply: (files) => {
      const events = newcomer().enrol().add("intake.held").add("contact.held").events;
      const [intake, contact] = events.slice(-2);
      appendTrajectory(files, [...events.slice(0, -2), contact!, intake!]);
    },
  },
  {
    name: "correction-of-unknown-event",
    description: "A trajectory's correction points at an event id that no event of the export has.",
    fails: ["MIR-SCHEMA-010"],
    apply: (files) => {
      const builder = newcomer().enrol().add("contact.held");
      builder.amend("event.corrected", {
        eventId: "conformance-a-90.999",
        reason: "wrong-date",
        corrected: { at: "2026-01-20T10:00:00+01:00" },
      });
      appendTrajectory(files, builder.events);
    },
  },
  {
    name: "voided-event-voided-again",
    description:
      "A contact is voided twice, then corrected: a voided event stays voided and is not corrected.",
    fails: ["MIR-SCHEMA-011"],
    apply: (files) => {
      const builder = newcomer().enrol().add("contact.held");
      const contact = builder.events.at(-1)!.id;
      builder
        .amend("event.voided", { eventId: contact, reason: "recorded-twice" })
        .amend("event.voided", { eventId: contact, reason: "recorded-twice" })
        .amend("event.corrected", {
          eventId: contact,
          reason: "typing-error",
          corrected: { data: { minutes: 30 } },
        });
      appendTrajectory(files, builder.events);
    },
  },
  {
    name: "void-of-consent-after-intake",
    description:
      "A trajectory's consent is voided after her intake was recorded: the intake would then hold personal data without consent.",
    fails: ["MIR-SCHEMA-012"],
    apply: (files) => {
      const builder = newcomer().enrol().add("intake.held");
      const consent = builder.events.find((e) => e.type === "consent.given")!.id;
      builder.amend("event.voided", { eventId: consent, reason: "did-not-happen" });
      appendTrajectory(files, builder.events);
    },
  },
  {
    name: "group-correction-breaks-session",
    description:
      "A correction of the group's last session sets its length to 0 minutes: the corrected session breaks its schema.",
    fails: ["MIR-SCHEMA-013"],
    apply: (files) => appendGroupCorrection(files, "conformance-a.021", { minutes: 0 }),
  },
  {
    name: "group-correction-of-unknown-event",
    description:
      "A correction in the group's log points at an event id that no event of the export has.",
    fails: ["MIR-SCHEMA-010"],
    apply: (files) => appendGroupCorrection(files, "conformance-a.999", { minutes: 120 }),
  },
  {
    name: "implausible-date",
    description: "A contact is dated in the year 9999 (a typo for a year of the method).",
    fails: ["MIR-SCHEMA-009"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        isContact,
        (e) => ({ ...e, at: `9999${String(e.at).slice(4)}` }),
        3,
      ),
  },
  {
    name: "event-before-referral",
    description:
      "A trajectory's first line is a contact dated before her referral (the year typed wrong).",
    fails: ["MIR-SCHEMA-009"],
    apply: (files) => {
      const builder = newcomer().enrol();
      const contact = builder.make("contact.held");
      const early = { ...contact, at: `2025${contact.at.slice(4)}` };
      appendTrajectory(files, [early, ...builder.events]);
    },
  },
  {
    name: "names-in-event-fields",
    description:
      "A contact carries the mother's name in fields of its own (`givenName`, `familyName`).",
    fails: ["MIR-PRIVACY-001"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        isContact,
        (e) => ({
          ...e,
          data: { ...e.data, givenName: "Amina", familyName: "Lambrechts" },
        }),
        6,
      ),
  },
  {
    name: "name-in-note",
    description: "A contact's note names the mother (her family name, from profiles.jsonl).",
    fails: ["MIR-PRIVACY-001"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        (e) => isContact(e) && e.trajectoryId === "conformance-a-01",
        (e) => ({
          ...e,
          data: { ...e.data, note: "Talked with mevrouw Lambrechts about the rent." },
        }),
      ),
  },
  {
    name: "profile-without-consent",
    description: "profiles.jsonl has a profile of the mother who declined (she never consented).",
    fails: ["MIR-PRIVACY-002"],
    apply: (files) =>
      setLines(files, exportLayout.profiles, [
        ...lines(files, exportLayout.profiles),
        JSON.stringify({
          trajectoryId: "conformance-a-03",
          givenName: "Hanne",
          familyName: "Claeys",
          preferredLanguage: "nl",
          recordedAt: "2025-09-05T10:00:00+02:00",
        }),
      ]),
  },
  {
    name: "personal-data-before-consent",
    description:
      "A contact is recorded with a mother who has not consented to processing her data.",
    fails: [ruleRequirementId("consent-before-personal-data")],
    apply: (files) =>
      appendTrajectory(
        files,
        newcomer().add("trajectory.referred").add("information-talk.held").add("contact.held")
          .events,
      ),
  },
  {
    name: "answer-to-no-proposal",
    description:
      "The case manager's confirmation points at a proposal that is not in her log (her proposal was never recorded).",
    fails: ["MIR-REFERENCE-004"],
    apply: (files) =>
      appendTrajectory(
        files,
        newcomer().toActive().add("proposal.confirmed", { proposalId: "conformance-a-90.999" })
          .events,
      ),
  },
  {
    name: "plan-before-baseline",
    description: "A personal plan is agreed before the baseline measurement (t0).",
    fails: [ruleRequirementId("baseline-before-plan")],
    apply: (files) =>
      appendTrajectory(files, newcomer().enrol().add("intake.held").add("plan.agreed").events),
  },
  {
    name: "completed-without-end-measurement",
    description:
      'A trajectory is closed as "completed" without an end measurement (t1) or a handover.',
    fails: [ruleRequirementId("completed-needs-end-measurement-and-handover")],
    apply: (files) =>
      appendTrajectory(files, newcomer().toActive().contacts(2).close("completed").events),
  },
  {
    name: "event-after-closed",
    description: "A contact is recorded after the trajectory was closed.",
    fails: [ruleRequirementId("nothing-after-closed")],
    apply: (files) => {
      const closed = lines(files, TRAJECTORIES)
        .map((line) => JSON.parse(line) as TrajectoryEvent)
        .find(
          (event) =>
            event.type === "trajectory.closed" && event.trajectoryId === "conformance-a-04",
        )!;
      const late = new TrajectoryBuilder("conformance-a-04", closed.at.slice(0, 10)).make(
        "contact.held",
      );
      appendTrajectory(files, [{ ...late, id: "conformance-a-04.late" }]);
    },
  },
  {
    name: "attendance-of-unknown-trajectory",
    description: "A group session lists as present a trajectory that is not in the export.",
    fails: ["MIR-REFERENCE-002"],
    apply: (files) =>
      editEvent(
        files,
        GROUP,
        (e) => e.type === "group-session.held",
        (e) => ({
          ...e,
          data: { ...e.data, attendees: [...(e.data.attendees as string[]), "conformance-a-77"] },
        }),
        2,
      ),
  },
  {
    name: "referral-to-unknown-group",
    description: "A referral names a group that is not in the project's settings.",
    fails: ["MIR-REFERENCE-001"],
    apply: (files) =>
      editEvent(
        files,
        TRAJECTORIES,
        (e) => e.type === "trajectory.referred" && e.trajectoryId === "conformance-a-06",
        (e) => ({ ...e, data: { ...e.data, groupId: "conformance-z" } }),
      ),
  },
  {
    name: "group-of-another-project",
    description: "The group's log says it was opened by another project than the export's.",
    fails: ["MIR-REFERENCE-003"],
    apply: (files) =>
      editEvent(
        files,
        GROUP,
        (e) => e.type === "group.opened",
        (e) => ({
          ...e,
          data: { ...e.data, projectId: "ocmw-elsewhere" },
        }),
      ),
  },
  {
    name: "group-event-in-trajectories",
    description: "A group session is exported in trajectories.jsonl instead of the group's log.",
    fails: ["MIR-EXPORT-002"],
    apply: (files) => {
      const group = lines(files, GROUP);
      const index = group.findIndex((line) => JSON.parse(line).type === "group-session.held");
      const [session] = group.splice(index, 1);
      setLines(files, GROUP, group);
      setLines(files, TRAJECTORIES, [...lines(files, TRAJECTORIES), session!]);
    },
  },
  {
    name: "missing-settings",
    description: "The export has no miriam.config.json.",
    fails: ["MIR-EXPORT-001"],
    apply: (files) => {
      files.delete(exportLayout.settings);
    },
  },
  {
    name: "invalid-settings",
    description:
      'miriam.config.json names the region "belgium", which is not a region of the vocabulary.',
    fails: ["MIR-EXPORT-001"],
    apply: (files) => {
      const settings = JSON.parse(files.get(exportLayout.settings)!);
      files.set(
        exportLayout.settings,
        `${JSON.stringify({ ...settings, region: "belgium" }, null, 2)}\n`,
      );
    },
  },
];
