import type { ParticipantProfile, TrajectoryEvent } from "@miriam/schemas";
import { fixtureSettings, groupLog, TrajectoryBuilder } from "../src/_events";
import type { ExportContent } from "../src/export-layout";

// The valid programme every broken export starts from: one group, every way a trajectory
// can go (completed, paused and resumed, declined, dropped out, moved, not eligible,
// consent withdrawn, still running), with attendance derived from who could be there.

const START = "2025-09-01";

function trajectories(): TrajectoryBuilder[] {
  const t = (n: number) =>
    new TrajectoryBuilder(`conformance-a-${String(n).padStart(2, "0")}`, START);
  return [
    t(1)
      .toActive()
      .contacts(2)
      .add("goal.updated", { goalId: "goal-1", status: "in-progress" }, 5)
      .add("referral.made", {}, 5)
      .add("right.updated", {}, 5)
      .add("goal.added", {}, 5)
      .contacts(6)
      .add("review.held", {}, 5)
      .contacts(8)
      .add("goal.updated", { goalId: "goal-1", status: "achieved" }, 5)
      .finish()
      .close("completed", 7),
    t(2)
      .toActive()
      .contacts(4)
      .add("trajectory.paused", { reason: "pregnancy-birth" }, 5)
      .add("trajectory.resumed", {}, 60)
      .contacts(10)
      .finish()
      .close("completed", 7),
    t(3)
      .add("trajectory.referred")
      .add("information-talk.held", { decision: "declined" })
      .close("declined"),
    t(4).toActive().contacts(5).close("dropped-out", 10),
    t(5).toActive().contacts(3).close("moved", 10),
    t(6).add("trajectory.referred").close("not-eligible", 10),
    t(7).toActive().contacts(3).add("consent.withdrawn", {}, 10).close("dropped-out", 5),
    t(8).toActive().contacts(12).add("signal.raised", {}, 5),
    proposing(t(9).toActive().contacts(4)),
  ];
}

// Her voice back (issue #20): a topic she proposed on paper, which the case manager
// confirms, and a step she marked done, which waits.
function proposing(builder: TrajectoryBuilder): TrajectoryBuilder {
  const topic = builder.make("proposal.made", {}, 5);
  builder.events.push(topic);
  builder.add("proposal.confirmed", { proposalId: topic.id }, 2);
  const step = builder.make("proposal.made", {}, 3);
  builder.events.push({
    ...step,
    data: { kind: "step-done", goalId: "goal-1", step: 0, via: "her-page" },
  });
  return builder;
}

const NAMES: readonly [string, string][] = [
  ["Amina", "Lambrechts"],
  ["Joke", "Vermeersch"],
  ["Nadia", "Haddouchi"],
  ["Elke", "Desmedt"],
  ["Marie", "Poncelet"],
  ["Sofie", "Wouters"],
  ["Leila", "Boukhari"],
  ["Ines", "Verhaegen"],
  ["Hanan", "Claeys"],
];

interface Window {
  readonly id: string;
  readonly from: string;
  readonly until: string;
  readonly pauses: readonly (readonly [string, string])[];
}

// Who can be at a session: enrolled, not closed or withdrawn, not paused.
function windowOf(events: readonly TrajectoryEvent[]): Window | undefined {
  const day = (event: TrajectoryEvent | undefined) => event?.at.slice(0, 10);
  const consent = day(events.find((event) => event.type === "consent.given"));
  if (consent === undefined) return undefined;
  const end =
    day(events.find((event) => event.type === "consent.withdrawn")) ??
    day(events.find((event) => event.type === "trajectory.closed")) ??
    "9999-12-31";
  const pauses: [string, string][] = [];
  for (const event of events)
    if (event.type === "trajectory.paused") pauses.push([day(event)!, "9999-12-31"]);
    else if (event.type === "trajectory.resumed") pauses.at(-1)![1] = day(event)!;
  return { id: events[0]!.trajectoryId, from: consent, until: end, pauses };
}

/** The valid programme as an export. */
export function programme(): ExportContent {
  const built = trajectories();
  const windows = built.map((b) => windowOf(b.events)).filter((w) => w !== undefined);
  const sessionDates = Array.from({ length: 20 }, (_, i) =>
    new Date(Date.parse("2025-10-01T00:00:00Z") + i * 14 * 86_400_000).toISOString().slice(0, 10),
  );
  const attendees = sessionDates.map((date, i) =>
    windows
      .filter(
        (w) =>
          w.from < date &&
          date < w.until &&
          !w.pauses.some(([from, to]) => from <= date && date <= to) &&
          // Nobody comes to every session.
          (i + Number(w.id.slice(-2))) % 5 !== 0,
      )
      .map((w) => w.id),
  );
  const profiles: ParticipantProfile[] = windows.map((w, i) => ({
    trajectoryId: w.id,
    givenName: NAMES[i]![0],
    familyName: NAMES[i]![1],
    preferredLanguage: "nl",
    recordedAt: `${w.from}T10:00:00+02:00`,
  }));
  const trajectoryEvents = built
    .flatMap((b) => b.events)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    settings: fixtureSettings,
    trajectoryEvents,
    groupEvents: groupLog(attendees, { start: START }),
    profiles,
  };
}
