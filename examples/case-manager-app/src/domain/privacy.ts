import { FORMAT_VERSION, type TrajectoryEvent } from "@miriam/schemas";
import { audit, readAudit, type User } from "../db/accounts";
import type { Queryable } from "../db/database";
import { findStream, readStream, streamId } from "../db/event-store";
import { rebuildProjection } from "../db/projection";
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
  const accessLog = await readAudit(
    kit.db,
    { all: true },
    { subject: trajectoryId, limit: 10_000 },
  );
  await audit(kit.db, user.id, "participant.exported", trajectoryId);
  return {
    kind: "miriam-participant-export",
    formatVersion: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    trajectoryId,
    erased,
    erasure: (await erasureOf(kit.db, trajectoryId)) ?? null,
    profile: profile ?? null,
    events,
    groupSessionsAttended: sessions,
    accessLog,
  };
}

/** The placeholder that replaces erased free text where the schema needs some text. */
export const ERASED = "[erased]";

/**
 * Removes every personal value of one event and keeps what the method's aggregates need
 * (types, dates, codes, statuses, minutes, scores). Free text is removed wherever it is
 * (a `note` at any depth) or, where the schema needs some text, replaced by
 * {@link ERASED}: goal and step descriptions, the partner of a referral, the observation
 * of a signal. The result still validates against the event schema, so replay, reports
 * and exports keep working. Pure.
 */
export function erasePersonalFields(event: TrajectoryEvent): TrajectoryEvent {
  const data = erasedFields(withoutNotes(structuredClone(event.data)) as Record<string, unknown>);
  // A correction's fields can hold any free text of the event it corrects.
  const corrected = data.corrected as { data?: Record<string, unknown> } | undefined;
  if (event.type === "event.corrected" && corrected?.data !== undefined)
    data.corrected = { ...corrected, data: erasedFields(corrected.data) };
  return { ...event, data } as TrajectoryEvent;
}

/**
 * The fields of an event's data (or of a correction's corrected data) without their
 * personal values. By field name: each of these names belongs to one event type.
 */
function erasedFields(data: Record<string, unknown>): Record<string, unknown> {
  const erased = { ...data };
  if (isRecord(data.eligibility)) {
    // Ages and the neighbourhood could single her out; the services used cannot.
    const { singleMother, services } = data.eligibility;
    erased.eligibility = { singleMother, services };
  }
  // Why the coordinator made an exception is free text about her; who did, is not.
  if (isRecord(data.eligibilityException))
    erased.eligibilityException = { ...data.eligibilityException, reason: ERASED };
  if (data.household !== undefined) erased.household = { childrenBirthYears: [] };
  if (Array.isArray(data.goals)) erased.goals = data.goals.map(eraseGoal);
  if (isRecord(data.goal)) erased.goal = eraseGoal(data.goal as Parameters<typeof eraseGoal>[0]);
  // The organisation she was sent to can name a shelter, a clinic or a debt service.
  if (data.partner !== undefined) erased.partner = ERASED;
  // Meant to be anonymised, but written by hand: it may still describe her.
  if (data.observation !== undefined) erased.observation = ERASED;
  // A topic she proposed for the group is in her own words.
  if (data.kind === "group-topic" && data.topic !== undefined) erased.topic = ERASED;
  return erased;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Drops every `note` property, at any depth. */
function withoutNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, inner]) =>
      key === "note" ? [] : [[key, withoutNotes(inner)]],
    ),
  );
}

function eraseGoal<G extends { description: string; steps: { description: string }[] }>(goal: G) {
  return {
    ...goal,
    description: ERASED,
    steps: goal.steps.map((step) => ({ ...step, description: ERASED })),
  };
}

/**
 * Why her data is erased, kept in the tombstone: on her request (GDPR art. 17), or
 * because the project's retention period after closing has passed (art. 5(1)(e)).
 */
export const LEGAL_BASES = ["erasure-request", "retention-ended"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const isLegalBasis = (value: unknown): value is LegalBasis =>
  (LEGAL_BASES as readonly unknown[]).includes(value);

/** The tables whose rows erasure rewrites: compacted afterwards. */
const ERASED_TABLES = ["events", "profiles", "projections", "her_links"] as const;

/**
 * Erasure (GDPR art. 17): deletes her profile (name, contact details) and every personal
 * value of her events, in one transaction; keeps a tombstone (id, when, by whom, legal
 * basis) and an audit entry; rebuilds her projection row from the erased events; then
 * compacts the database so that the old values are not left in the WAL or in free pages.
 * From then on nothing can be recorded about her (the event store refuses with `ErasedError`).
 *
 * What remains, on purpose: the pseudonymous trajectory id, event types and dates, codes
 * (life domains, statuses, outcomes, contact modes), minutes, measurement scores and
 * outcome indicators, attendance at group sessions. With the profile gone nothing links
 * them to her, and the group's and funder's aggregates stay correct. The audit log keeps
 * its entries: they hold ids, actions and codes only, never a name or free text.
 *
 * This is the one place where the app rewrites events: the log is append-only for the
 * method, and erasure is the law's exception.
 */
export async function eraseParticipant(
  kit: Trajectories,
  user: User,
  trajectoryId: string,
  legalBasis: LegalBasis = "erasure-request",
) {
  await kit.db.transaction(async (tx) => {
    // Read inside the transaction: an event recorded meanwhile is erased too.
    const events = await readStream<TrajectoryEvent>(tx, "trajectory", trajectoryId);
    for (const { version, event } of events) {
      const erased = erasePersonalFields(event);
      await tx.run("UPDATE events SET data = ? WHERE stream_id = ? AND version = ?", [
        JSON.stringify(erased.data),
        streamId("trajectory", trajectoryId),
        version,
      ]);
    }
    // Her replayed state is rebuilt from the erased events, in a new row (the old one is
    // deleted, so its bytes go with the compaction below).
    const stream = await findStream(tx, "trajectory", trajectoryId);
    if (stream !== undefined) await rebuildProjection(tx, kit.db.dialect, stream, { fresh: true });
    const now = new Date().toISOString();
    // Deleted rather than blanked, so no page keeps the old row version.
    await tx.run("DELETE FROM profiles WHERE trajectory_id = ?", [trajectoryId]);
    // Her personal page goes with her data: no link to it works any more.
    await tx.run("DELETE FROM her_links WHERE trajectory_id = ?", [trajectoryId]);
    await tx.run("INSERT INTO profiles (trajectory_id, profile, erased_at) VALUES (?, NULL, ?)", [
      trajectoryId,
      now,
    ]);
    await tx.run(
      "INSERT INTO erasures (trajectory_id, erased_at, erased_by, legal_basis) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
      [trajectoryId, now, user.id, legalBasis],
    );
    await audit(tx, user.id, "participant.erased", trajectoryId, legalBasis);
  });
  kit.forget(trajectoryId);
  await kit.db.compact(ERASED_TABLES);
}

/** The tombstone of an erasure, if her data was erased. */
export async function erasureOf(db: Queryable, trajectoryId: string) {
  const row = await db.get<{ erased_at: string; erased_by: string; legal_basis: string }>(
    "SELECT erased_at, erased_by, legal_basis FROM erasures WHERE trajectory_id = ?",
    [trajectoryId],
  );
  return row === undefined
    ? undefined
    : { erasedAt: row.erased_at, erasedBy: row.erased_by, legalBasis: row.legal_basis };
}
