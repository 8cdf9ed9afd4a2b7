import { FORMAT_VERSION, type TrajectoryEvent } from "@miriam/schemas";
import { audit, readAudit, type User } from "../db/accounts";
import { readStream, streamId } from "../db/event-store";
import { loadProfile, type Trajectories } from "./trajectories";

/**
 * Everything the app holds about one participant (GDPR access and portability): her
 * profile, every event of her trajectory, the group sessions she attended, and who
 * viewed or changed her record. JSON in the kit's interchange format.
 */
export async function exportParticipant(kit: Trajectories, user: User, trajectoryId: string) {
  const { profile, erased } = await loadProfile(kit.db, trajectoryId);
  const events = (await readStream<TrajectoryEvent>(kit.db, "trajectory", trajectoryId)).map(
    (s) => s.event,
  );
  const stream = await kit.stream("trajectory", trajectoryId);
  const group = stream ? await kit.group(stream.groupId) : undefined;
  const sessions = (group?.events ?? []).flatMap((event) =>
    event.type === "group-session.held" && event.data.attendees.includes(trajectoryId)
      ? [{ id: event.id, date: event.data.date, topic: event.data.topic }]
      : [],
  );
  const accessLog = await readAudit(kit.db, { subject: trajectoryId, limit: 10_000 });
  await audit(kit.db, user.id, "participant.exported", trajectoryId);
  return {
    kind: "miriam-participant-export",
    formatVersion: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    trajectoryId,
    erased,
    profile: profile ?? null,
    events,
    groupSessionsAttended: sessions,
    accessLog,
  };
}

/** The placeholder that replaces erased free text where the schema needs some text. */
export const ERASED = "[erased]";

/**
 * Removes the personal fields of one event and keeps what the method's aggregates need
 * (types, dates, codes, statuses, minutes, scores). The result still validates against
 * the event schema, so replay, reports and exports keep working.
 */
export function erasePersonalFields(event: TrajectoryEvent): TrajectoryEvent {
  const data = structuredClone(event.data) as Record<string, unknown>;
  delete data.note;
  switch (event.type) {
    case "trajectory.referred": {
      // Ages and the neighbourhood could single her out; the services used cannot.
      const { singleMother, services } = event.data.eligibility;
      data.eligibility = { singleMother, services };
      break;
    }
    case "intake.held":
      data.household = { childrenBirthYears: [] };
      data.situation = event.data.situation.map(({ domain, wantsToWorkOnIt }) => ({
        domain,
        wantsToWorkOnIt,
      }));
      break;
    case "plan.agreed":
      data.goals = event.data.goals.map(eraseGoal);
      break;
    case "goal.added":
      data.goal = eraseGoal(event.data.goal);
      break;
    default:
      break;
  }
  return { ...event, data } as TrajectoryEvent;
}

function eraseGoal<G extends { description: string; steps: { description: string }[] }>(goal: G) {
  return {
    ...goal,
    description: ERASED,
    steps: goal.steps.map((step) => ({ ...step, description: ERASED })),
  };
}

/**
 * Erasure on request (GDPR art. 17): deletes her profile (name, contact details) and the
 * personal fields of her events, in one transaction, and records it in the audit log.
 *
 * What remains, on purpose: the pseudonymous trajectory id, event types and dates, codes
 * (life domains, statuses, outcomes, contact modes), minutes, measurement scores and
 * outcome indicators, attendance at group sessions. With the profile gone nothing links
 * them to her, and the group's and funder's aggregates stay correct. The audit log keeps
 * its entries (ids and actions only), as the OCMW must be able to show who did what.
 *
 * This is the one place where the app rewrites events: the log is append-only for the
 * method, and erasure is the law's exception.
 */
export async function eraseParticipant(kit: Trajectories, user: User, trajectoryId: string) {
  const events = await readStream<TrajectoryEvent>(kit.db, "trajectory", trajectoryId);
  await kit.db.transaction(async (tx) => {
    for (const { version, event } of events) {
      const erased = erasePersonalFields(event);
      await tx.run("UPDATE events SET data = ? WHERE stream_id = ? AND version = ?", [
        JSON.stringify(erased.data),
        streamId("trajectory", trajectoryId),
        version,
      ]);
    }
    const now = new Date().toISOString();
    const changed = await tx.run(
      "UPDATE profiles SET profile = NULL, erased_at = ? WHERE trajectory_id = ?",
      [now, trajectoryId],
    );
    if (changed === 0)
      await tx.run("INSERT INTO profiles (trajectory_id, profile, erased_at) VALUES (?, NULL, ?)", [
        trajectoryId,
        now,
      ]);
    await audit(tx, user.id, "participant.erased", trajectoryId, `${events.length} events`);
  });
  kit.forget(trajectoryId);
}
