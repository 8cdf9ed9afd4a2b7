import { randomBytes } from "node:crypto";
import {
  type CorrectionEvent,
  futureDateProblem,
  type GroupEvent,
  type Labels,
  type Language,
  labels,
  ParticipantProfile,
  type Problem,
  type ProjectSettingsInput,
  parseProjectSettings,
  problemsFromIssues,
  type TrajectoryEvent,
  validate,
} from "@miriam/schemas";
import {
  applyEvent,
  currentPhase,
  type DueAction,
  decideReferral,
  dueActions,
  type GroupSessionAttendance,
  groupSessionAttendance,
  isCorrection,
  isPaused,
  type Refusal,
  replay,
  type TrajectoryState,
} from "@miriam/trajectory";
import { audit, findUser, type User } from "../db/accounts";
import type { Database, Queryable } from "../db/database";
import {
  appendToStream,
  ConcurrencyError,
  DuplicateEventError,
  findStream,
  readStream,
  type StreamRef,
  streamId,
  streamVersion,
  trajectoriesOfGroup,
} from "../db/event-store";
import { requireRetentionToClose } from "./retention";
import { timestamp, today } from "./time";

// The app's own check on an eligibility exception: the kit records who approved it; the
// app knows its accounts, so it makes sure that person is a coordinator of the project.
const NOT_A_COORDINATOR = labels(
  "Wie de uitzondering toestaat, moet een actieve coördinator van dit project zijn.",
  "La personne qui accorde l'exception doit assurer la coordination de ce projet et avoir un compte actif.",
  "Wer die Ausnahme erlaubt, muss eine aktive Koordinationsperson dieses Projekts sein.",
  "Whoever allows the exception must be an active coordinator of this project.",
);
const ASK_A_COORDINATOR = labels(
  "Kies de coördinator van het project die de uitzondering toestond.",
  "Choisissez la personne qui assure la coordination du projet et qui a accordé l'exception.",
  "Wählen Sie die Koordinationsperson des Projekts, die die Ausnahme erlaubt hat.",
  "Choose the project's coordinator who allowed the exception.",
);

/** A trajectory as the app shows it: its log, its state and its stream version. */
export interface LoadedTrajectory {
  readonly stream: StreamRef;
  readonly version: number;
  readonly state: TrajectoryState;
  /** Every event of her log, in order (only when asked for). */
  readonly events: readonly TrajectoryEvent[];
  /** Events of the log that the statechart refused on replay (should stay empty). */
  readonly refusedOnReplay: number;
}

/** What recording an event came to. */
export type RecordResult =
  | { readonly kind: "recorded"; readonly version: number; readonly event: TrajectoryEvent }
  | { readonly kind: "duplicate"; readonly eventId: string }
  | { readonly kind: "invalid"; readonly problems: readonly Problem[] }
  | { readonly kind: "refused"; readonly refusals: readonly Refusal[] }
  | { readonly kind: "conflict"; readonly version: number };

/** What a new event needs from the caller; the rest (id, trajectory, author) is filled in. */
export interface EventInput {
  readonly type: TrajectoryEvent["type"];
  readonly data: unknown;
  /** When it happened; default now. */
  readonly at?: string;
  /** Client-made id, so a resubmitted form records once; default a new one. */
  readonly id?: string;
}

/**
 * The check of an event's time against now: an event records what happened, so a time
 * beyond now plus the project's tolerance (`futureToleranceDays`) is a typo, refused with
 * the reason (the log-integrity rule of @miriam/schemas).
 */
export const futureCheck = (settings: ProjectSettingsInput | undefined) => ({
  now: new Date(),
  toleranceDays: settings?.futureToleranceDays ?? 1,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const newId = (prefix: string) => `${prefix}.${randomBytes(6).toString("hex")}`;

interface CachedGroup {
  version: number;
  events: GroupEvent[];
  attendance: Map<string, GroupSessionAttendance[]>;
}

interface CachedTrajectory {
  version: number;
  groupVersion: number;
  state: TrajectoryState;
  /** The latest attendance folded in, in ms: an older event needs a full replay. */
  lastAttendance: number;
  refusedOnReplay: number;
}

/**
 * The app's use of the kit: load a trajectory (replaying its events with the group's
 * attendance), record an event after `@miriam/trajectory` accepts it, append it with
 * optimistic concurrency. States are cached per trajectory and brought up to date with
 * the events appended since, so a long log is not replayed on every request; the cache
 * is only a cache: the database is checked on every request, so several app processes
 * can share one PostgreSQL database.
 */
export class Trajectories {
  private readonly groups = new Map<string, CachedGroup>();
  private readonly states = new Map<string, CachedTrajectory>();
  private readonly streams = new Map<string, StreamRef>();
  private readonly settings = new Map<string, ProjectSettingsInput>();

  constructor(
    readonly db: Database,
    /** Today's date for due actions; a parameter so tests do not depend on the clock. */
    readonly todayOf: () => string = () => today(),
  ) {}

  async projectSettings(projectId: string): Promise<ProjectSettingsInput | undefined> {
    let settings = this.settings.get(projectId);
    if (settings === undefined) {
      const row = await this.db.get<{ settings: string }>(
        "SELECT settings FROM projects WHERE id = ?",
        [projectId],
      );
      if (row === undefined) return undefined;
      // Checked like any other input: a broken settings row is a clear error naming what
      // is wrong and where, never a ZodError or a setting silently missing.
      const parsed = parseProjectSettings(row.settings);
      if (!parsed.ok)
        throw new Error(
          `The settings of project ${projectId} are not valid: ${parsed.problems.map((p) => p.message).join(" ")}`,
        );
      settings = parsed.value;
      this.settings.set(projectId, settings);
    }
    return settings;
  }

  async stream(kind: StreamRef["kind"], id: string): Promise<StreamRef | undefined> {
    const key = streamId(kind, id);
    let stream = this.streams.get(key);
    if (stream === undefined) {
      stream = await findStream(this.db, kind, id);
      if (stream !== undefined) this.streams.set(key, stream);
    }
    return stream;
  }

  /** A group's log, read anew only when its version moved. */
  async group(groupId: string): Promise<CachedGroup> {
    const version = await streamVersion(this.db, streamId("group", groupId));
    let cached = this.groups.get(groupId);
    if (cached === undefined || cached.version !== version) {
      const stored = await readStream<GroupEvent>(this.db, "group", groupId);
      const events = stored.map((s) => s.event);
      cached = {
        version: stored.at(-1)?.version ?? 0,
        events,
        attendance: groupSessionAttendance(events),
      };
      this.groups.set(groupId, cached);
    }
    return cached;
  }

  async groupName(groupId: string): Promise<string> {
    const opened = (await this.group(groupId)).events.find((e) => e.type === "group.opened");
    return (opened?.type === "group.opened" ? opened.data.name : undefined) ?? groupId;
  }

  /**
   * Loads a trajectory. With `withEvents` the whole log is read and replayed; without,
   * the cached state is brought up to date with the events appended since.
   */
  async load(trajectoryId: string, withEvents = false): Promise<LoadedTrajectory | undefined> {
    const stream = await this.stream("trajectory", trajectoryId);
    if (stream === undefined) return undefined;
    const group = await this.group(stream.groupId);
    const attendance = group.attendance.get(trajectoryId) ?? [];
    const cached = this.states.get(trajectoryId);

    if (!withEvents && cached !== undefined && cached.groupVersion === group.version) {
      const newer = await readStream<TrajectoryEvent>(
        this.db,
        "trajectory",
        trajectoryId,
        cached.version,
      );
      // A correction is resolved against her whole log: replay it all.
      if (
        newer.every(
          (s) => Date.parse(s.event.at) >= cached.lastAttendance && !isCorrection(s.event),
        )
      ) {
        let { state, refusedOnReplay } = cached;
        for (const { event } of newer) {
          const outcome = applyEvent(state, event);
          state = outcome.state;
          if (!outcome.accepted) refusedOnReplay++;
        }
        const version = newer.at(-1)?.version ?? cached.version;
        this.states.set(trajectoryId, { ...cached, version, state, refusedOnReplay });
        return { stream, version, state, events: [], refusedOnReplay };
      }
    }

    const stored = await readStream<TrajectoryEvent>(this.db, "trajectory", trajectoryId);
    const events = stored.map((s) => s.event);
    const replayed = replay(events, { groupSessions: attendance });
    const version = stored.at(-1)?.version ?? 0;
    this.states.set(trajectoryId, {
      version,
      groupVersion: group.version,
      state: replayed.state,
      lastAttendance: Math.max(0, ...attendance.map((a) => Date.parse(a.at))),
      refusedOnReplay: replayed.refused.length,
    });
    return {
      stream,
      version,
      state: replayed.state,
      events,
      refusedOnReplay: replayed.refused.length,
    };
  }

  /** Forgets cached states (after erasure, which rewrites events). */
  forget(trajectoryId?: string) {
    if (trajectoryId === undefined) this.states.clear();
    else this.states.delete(trajectoryId);
  }

  /**
   * Records one event in a trajectory. The event is validated against the schema, then
   * the statechart's hard rules, then appended at the version it was checked against.
   * With `expectedVersion` (a form that showed version N), a newer log is a conflict the
   * user sees; without, a concurrent append is retried against the new state, so the
   * rules are always checked against the state the event lands on.
   */
  record(
    user: User,
    trajectoryId: string,
    input: EventInput,
    expectedVersion?: number,
  ): Promise<RecordResult> {
    // Writers to one trajectory queue up inside this process, so they do not race each
    // other only to retry; writers in other processes (several app servers on one
    // PostgreSQL) still race, and the version check settles it.
    return this.exclusive(trajectoryId, () =>
      this.recordNow(user, trajectoryId, input, expectedVersion),
    );
  }

  private readonly queues = new Map<string, Promise<unknown>>();
  private exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return result;
  }

  private async recordNow(
    user: User,
    trajectoryId: string,
    input: EventInput,
    expectedVersion?: number,
  ): Promise<RecordResult> {
    for (let attempt = 0; attempt < 12; attempt++) {
      // Back off a little, at random, before each retry: another process is writing.
      if (attempt > 0) await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
      const loaded = await this.load(trajectoryId);
      if (loaded === undefined) throw new Error("No such trajectory.");
      if (expectedVersion !== undefined && expectedVersion !== loaded.version)
        return { kind: "conflict", version: loaded.version };
      const candidate = {
        id: input.id ?? newId(trajectoryId),
        trajectoryId,
        type: input.type,
        at: input.at ?? timestamp(),
        by: user.id,
        data: input.data,
      };
      const settings = await this.projectSettings(loaded.stream.projectId);
      const domains = settings?.domains?.map((d) => d.code);
      const valid = validate("trajectory-event", candidate, domains ? { domains } : undefined);
      if (!valid.ok) return { kind: "invalid", problems: valid.problems };
      const future = futureDateProblem(candidate.at, futureCheck(settings));
      if (future) return { kind: "invalid", problems: [future] };
      const event = valid.value;
      requireRetentionToClose(loaded.stream.projectId, settings, event.type);
      const outcome = isCorrection(event)
        ? await this.correctionOutcome(loaded, event)
        : applyEvent(loaded.state, event);
      if (!outcome.accepted) return { kind: "refused", refusals: outcome.refusals };
      try {
        const version = await appendToStream(
          this.db,
          loaded.stream,
          loaded.version,
          [event],
          (tx) => audit(tx, user.id, "event.recorded", trajectoryId, event.type),
        );
        // Keep the cache in step, unless the event is dated before attendance already
        // folded in: the replay would order it differently, so replay next time.
        const cached = this.states.get(trajectoryId);
        if (isCorrection(event)) this.states.delete(trajectoryId);
        else if (cached !== undefined && cached.version === loaded.version) {
          if (Date.parse(event.at) >= cached.lastAttendance)
            this.states.set(trajectoryId, { ...cached, version, state: outcome.state });
          else this.states.delete(trajectoryId);
        }
        return { kind: "recorded", version, event };
      } catch (error) {
        if (error instanceof DuplicateEventError)
          return { kind: "duplicate", eventId: error.eventId };
        if (!(error instanceof ConcurrencyError)) throw error;
        if (expectedVersion !== undefined) {
          const now = await streamVersion(this.db, streamId("trajectory", trajectoryId));
          return { kind: "conflict", version: now };
        }
        // Someone appended first: load the new state and check the rules again.
      }
    }
    return {
      kind: "conflict",
      version: await streamVersion(this.db, streamId("trajectory", trajectoryId)),
    };
  }

  /**
   * Whether a correction or void would be applied to her log as it stands: her whole log
   * is replayed with it (`replay` of @miriam/trajectory resolves corrections), and its
   * audit record says whether it was applied and, if not, why.
   */
  private async correctionOutcome(
    loaded: LoadedTrajectory,
    correction: CorrectionEvent,
  ): Promise<{ accepted: boolean; state: TrajectoryState; refusals: readonly Refusal[] }> {
    const stored = await readStream<TrajectoryEvent>(this.db, "trajectory", loaded.stream.id);
    const group = await this.group(loaded.stream.groupId);
    const replayed = replay([...stored.map((s) => s.event), correction], {
      groupSessions: group.attendance.get(correction.trajectoryId) ?? [],
    });
    const record = replayed.corrections.find((r) => r.correction.id === correction.id);
    return record?.applied === true
      ? { accepted: true, state: replayed.state, refusals: [] }
      : { accepted: false, state: loaded.state, refusals: record?.refusals ?? [] };
  }

  /**
   * Opens a trajectory with its referral, and her name in a separate profile row (the
   * referral itself holds no name). Returns the new trajectory id. A mother outside the
   * project's eligibility rules is refused with every unmet criterion, unless the
   * referral carries an exception approved by a coordinator of the project
   * (`decideReferral` of @miriam/trajectory).
   */
  async refer(
    user: User,
    groupId: string,
    referral: {
      referredBy: string;
      eligibility: unknown;
      eligibilityException?: unknown;
      at?: string;
    },
    person: { givenName: string; familyName: string; preferredLanguage: Language },
  ): Promise<
    | { kind: "recorded"; trajectoryId: string }
    | { kind: "invalid"; problems: readonly Problem[] }
    | { kind: "ineligible"; reasons: readonly Labels[]; remedy: Labels }
  > {
    const group = await this.stream("group", groupId);
    if (group === undefined) throw new Error("No such group.");
    const settingsOfGroup = await this.projectSettings(group.projectId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const trajectoryId = `${groupId}-${randomBytes(3).toString("hex")}`;
      const candidate = {
        id: newId(trajectoryId),
        trajectoryId,
        type: "trajectory.referred",
        at: referral.at ?? timestamp(),
        by: user.id,
        data: {
          projectId: group.projectId,
          groupId,
          referredBy: referral.referredBy,
          eligibility: referral.eligibility,
          ...(referral.eligibilityException === undefined
            ? {}
            : { eligibilityException: referral.eligibilityException }),
        },
      };
      const valid = validate("trajectory-event", candidate);
      const profileInput = { trajectoryId, ...person, recordedAt: candidate.at };
      const profile = ParticipantProfile.safeParse(profileInput);
      // Problems, not zod's messages: they never repeat a name and can be read in the
      // worker's language.
      const problems = [
        ...(valid.ok ? [] : valid.problems),
        ...(profile.success ? [] : problemsFromIssues(profile.error.issues, profileInput)),
      ];
      if (!valid.ok || !profile.success) return { kind: "invalid", problems };
      const future = futureDateProblem(candidate.at, futureCheck(settingsOfGroup));
      if (future) return { kind: "invalid", problems: [future] };
      if (valid.value.type !== "trajectory.referred") throw new Error("Not a referral.");
      const settings = await this.projectSettings(group.projectId);
      const decision = decideReferral(valid.value.data, settings?.eligibility);
      if (!decision.accepted)
        return {
          kind: "ineligible",
          reasons: decision.unmet.map((unmet) => unmet.reason),
          remedy: decision.remedy,
        };
      if (decision.exception !== undefined) {
        // Only a coordinator of this project can allow an exception.
        const approver = await findUser(this.db, decision.exception.approvedBy);
        if (
          approver?.role !== "coordinator" ||
          approver.projectId !== group.projectId ||
          !approver.active
        )
          return { kind: "ineligible", reasons: [NOT_A_COORDINATOR], remedy: ASK_A_COORDINATOR };
      }
      try {
        await appendToStream(
          this.db,
          { kind: "trajectory", id: trajectoryId, groupId, projectId: group.projectId },
          0,
          [valid.value],
          async (tx) => {
            await saveProfile(tx, profile.data);
            await audit(tx, user.id, "trajectory.referred", trajectoryId, "");
          },
        );
        return { kind: "recorded", trajectoryId };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        // The random id was taken: draw another.
      }
    }
    throw new Error("Could not find a free trajectory id.");
  }

  /** Due actions of a loaded trajectory today, with the project's settings. */
  async due(loaded: LoadedTrajectory): Promise<DueAction[]> {
    const settings = await this.projectSettings(loaded.stream.projectId);
    return dueActions(loaded.state, this.todayOf(), settings);
  }

  /** The rows of a group's participant list. */
  async participants(groupId: string) {
    const ids = await trajectoriesOfGroup(this.db, groupId);
    const rows = [];
    for (const trajectoryId of ids) {
      const loaded = await this.load(trajectoryId);
      if (loaded === undefined) continue;
      const profile = await loadProfile(this.db, trajectoryId);
      rows.push({
        trajectoryId,
        profile: profile.profile,
        erased: profile.erased,
        phase: currentPhase(loaded.state),
        paused: isPaused(loaded.state),
        due: await this.due(loaded),
        lastEventAt: loaded.state.context.lastEventAt,
        version: loaded.version,
      });
    }
    return rows;
  }

  /** Appends an event to a group's log (a session with its attendance). */
  async recordGroupEvent(
    user: User,
    groupId: string,
    event: GroupEvent,
    expectedVersion?: number,
  ): Promise<{ kind: "recorded"; version: number } | { kind: "conflict"; version: number }> {
    const stream = await this.stream("group", groupId);
    if (stream === undefined) throw new Error("No such group.");
    const current = await this.group(groupId);
    const expected = expectedVersion ?? current.version;
    try {
      const version = await appendToStream(this.db, stream, expected, [event], (tx) =>
        audit(tx, user.id, "group-event.recorded", `group:${groupId}`, event.type),
      );
      return { kind: "recorded", version };
    } catch (error) {
      if (error instanceof ConcurrencyError || error instanceof DuplicateEventError)
        return { kind: "conflict", version: (await this.group(groupId)).version };
      throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Profiles: the only records with her name and contact details.
// ---------------------------------------------------------------------------------------

export async function saveProfile(db: Queryable, profile: ParticipantProfile): Promise<void> {
  const json = JSON.stringify(profile);
  const changed = await db.run(
    "UPDATE profiles SET profile = ? WHERE trajectory_id = ? AND erased_at IS NULL",
    [json, profile.trajectoryId],
  );
  if (changed === 0)
    await db.run(
      "INSERT INTO profiles (trajectory_id, profile) VALUES (?, ?) ON CONFLICT DO NOTHING",
      [profile.trajectoryId, json],
    );
}

export async function loadProfile(
  db: Queryable,
  trajectoryId: string,
): Promise<{ profile: ParticipantProfile | undefined; erased: boolean }> {
  const row = await db.get<{ profile: string | null; erased_at: string | null }>(
    "SELECT profile, erased_at FROM profiles WHERE trajectory_id = ?",
    [trajectoryId],
  );
  return {
    profile: row?.profile ? (JSON.parse(row.profile) as ParticipantProfile) : undefined,
    erased: row?.erased_at != null,
  };
}
