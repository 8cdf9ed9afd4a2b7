import { randomBytes } from "node:crypto";
import {
  type CorrectionEvent,
  futureDateProblem,
  type Goal,
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
  goalsIn,
  groupSessionAttendance,
  isCorrection,
  isPaused,
  type Refusal,
  replay,
  replayHistory,
  restore,
  type TrajectoryState,
} from "@miriam/trajectory";
import { audit, findUser, type User } from "../db/accounts";
import type { Database, Queryable } from "../db/database";
import {
  appendToStream,
  ConcurrencyError,
  DuplicateEventError,
  EventIdReusedError,
  findStream,
  readStream,
  recordedAs,
  type StreamRef,
  streamId,
  streamVersion,
} from "../db/event-store";
import {
  goalsOf,
  type ListedRow,
  PROJECTION_VERSION,
  type ProjectedRow,
  type ProjectedWords,
  parseWords,
  readListedRows,
  readProjection,
  rebuildProjection,
  rebuildStaleProjections,
} from "../db/projection";
import type { CaseloadEntry } from "./caseload";
import { requireRetentionToClose } from "./retention-rule";
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
  /** Her goals with their words and replayed status (from the projection, no replay). */
  readonly goals: readonly Goal[];
}

/** What recording an event came to. */
export type RecordResult =
  | { readonly kind: "recorded"; readonly version: number; readonly event: TrajectoryEvent }
  | { readonly kind: "duplicate"; readonly eventId: string }
  /** The id was already used for another event: nothing recorded. */
  | { readonly kind: "id-reused"; readonly eventId: string }
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

/**
 * A row's state as restored in this process, with what the lists derive from it: her
 * goals with their words, and her due actions on the day they were worked out for.
 */
interface Restored {
  readonly revision: number;
  readonly state: TrajectoryState;
  readonly words: ProjectedWords;
  goals?: Goal[];
  due?: { readonly today: string; readonly actions: DueAction[] };
  /** What a list shows of the row beside the state, once a list has read it. */
  listed?: Omit<ListedRow, "snapshot" | "words">;
  /** Her list entry without her profile, made on the day of `due` (then kept). */
  bare?: BareEntry;
  /** Her list entry, kept while it was made from `bare` as it is and the same profile. */
  entry?: { readonly from: BareEntry; readonly value: CaseloadEntry };
}

type BareEntry = Omit<CaseloadEntry, "profile" | "erased">;

/**
 * A profile as read, kept with the revision of its row (`profiles.revision`, raised by
 * each change): read and parsed again only when the revision or the erasure moved.
 */
interface ParsedProfile {
  readonly revision: number;
  readonly erased: boolean;
  readonly profile: ParticipantProfile | undefined;
}

/** States restored from projection rows, kept per process: at most this many. */
const RESTORED_CACHE_SIZE = 5000;

/**
 * The app's use of the kit: load a trajectory (its replayed state from the projection,
 * `db/projection.ts`), record an event after `@miriam/trajectory` accepts it, append it
 * with optimistic concurrency. The projection is updated with each append, in its
 * transaction; this process only keeps the states it restored from rows, keyed by the
 * row's revision, so several app processes can share one PostgreSQL database.
 */
export class Trajectories {
  private readonly groups = new Map<string, CachedGroup>();
  private readonly restored = new Map<string, Restored>();
  private readonly streams = new Map<string, StreamRef>();
  private readonly settings = new Map<string, ProjectSettingsInput>();
  private readonly names = new Map<string, string>();
  private readonly profiles = new Map<string, ParsedProfile>();

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
    // A group's name is its opening event's, which never changes: read its log once.
    const known = this.names.get(groupId);
    if (known !== undefined) return known;
    const opened = (await this.group(groupId)).events.find((e) => e.type === "group.opened");
    if (opened?.type !== "group.opened") return groupId;
    const name = opened.data.name ?? groupId;
    this.names.set(groupId, name);
    return name;
  }

  /**
   * Loads a trajectory: its state from the projection (rebuilt from the log first when
   * it is missing or made by another kit version). With `withEvents` her whole log is
   * read too, for the timeline.
   */
  async load(trajectoryId: string, withEvents = false): Promise<LoadedTrajectory | undefined> {
    const stream = await this.stream("trajectory", trajectoryId);
    if (stream === undefined) return undefined;
    const row = await this.projected(stream);
    const restored = this.restoredOf(row);
    const { state } = restored;
    restored.goals ??= goalsOf(restored.words, state);
    const goals = restored.goals;
    if (!withEvents)
      return {
        stream,
        version: row.version,
        state,
        events: [],
        refusedOnReplay: row.refusedOnReplay,
        goals,
      };
    const stored = await readStream<TrajectoryEvent>(this.db, "trajectory", trajectoryId);
    const events = stored.map((s) => s.event);
    const version = stored.at(-1)?.version ?? 0;
    if (version === row.version)
      return { stream, version, state, events, refusedOnReplay: row.refusedOnReplay, goals };
    // An append landed between the two reads: replay what was read, so the state and the
    // timeline agree.
    const group = await this.group(stream.groupId);
    const replayed = replayHistory(events, {
      groupSessions: group.attendance.get(trajectoryId) ?? [],
    });
    return {
      stream,
      version,
      state: replayed.state,
      events,
      refusedOnReplay: replayed.refused.length,
      goals: goalsIn(replayed),
    };
  }

  /** Her projection row, rebuilt from the log when missing or stale. */
  private async projected(stream: StreamRef): Promise<ProjectedRow> {
    const row = await readProjection(this.db, stream.id);
    if (row !== undefined && row.kitVersion === PROJECTION_VERSION) return row;
    await this.db.transaction((tx) => rebuildProjection(tx, this.db.dialect, stream));
    return (await readProjection(this.db, stream.id))!;
  }

  /** The state and words of a row, restored once per revision. */
  private restoredOf(row: ProjectedRow): Restored {
    const cached = this.restored.get(row.trajectoryId);
    if (cached !== undefined && cached.revision === row.revision) return cached;
    const entry: Restored = {
      revision: row.revision,
      state: restore(row.snapshot),
      words: parseWords(row.words),
    };
    this.restored.delete(row.trajectoryId);
    if (this.restored.size >= RESTORED_CACHE_SIZE)
      this.restored.delete(this.restored.keys().next().value!);
    this.restored.set(row.trajectoryId, entry);
    return entry;
  }

  /** Forgets the states and profiles read in this process (the database keeps them). */
  forget(trajectoryId?: string) {
    if (trajectoryId === undefined) {
      this.restored.clear();
      this.profiles.clear();
    } else {
      this.restored.delete(trajectoryId);
      this.profiles.delete(trajectoryId);
    }
  }

  /**
   * Every trajectory of some groups (a case manager's caseload, a coordinator's
   * project), from the projection, in one read: her state, phase, due actions today, her
   * goals' words, her confirmed group topics and profile. What the group page, the
   * worklist and search read; no log is replayed. With `which`, only the entries it
   * accepts, and only their profiles are read (the worklist's open trajectories).
   */
  async caseload(
    groupIds: readonly string[],
    which?: (entry: BareEntry) => boolean,
  ): Promise<CaseloadEntry[]> {
    // Ids and revisions only (of her row and of her profile); whole rows only of those
    // restored at another revision (or never), and profiles only of those changed, so a
    // list seen again reads no snapshot and no name.
    const listing = await listingOfGroups(this.db, groupIds);
    const known = new Map<string, Restored>();
    const missing: string[] = [];
    for (const { trajectoryId, revision } of listing) {
      const cached = this.restored.get(trajectoryId);
      if (cached?.revision === revision && cached.listed !== undefined)
        known.set(trajectoryId, cached);
      else missing.push(trajectoryId);
    }
    const read = await readListedRows(this.db, missing);
    if (read.some((row) => row.kitVersion !== PROJECTION_VERSION)) {
      await rebuildStaleProjections(this.db);
      return this.caseload(groupIds, which);
    }
    for (const row of read) {
      const restored = this.restoredOf(row);
      // The snapshot and words are in the restored state already: not kept twice.
      const { snapshot, words, ...listed } = row;
      restored.listed = listed;
      known.set(row.trajectoryId, restored);
    }
    const today = this.todayOf();
    // In the order the trajectories were created, group by group.
    const listed = [...known.values()].sort((a, b) => {
      const x = a.listed!;
      const y = b.listed!;
      if (x.groupId !== y.groupId) return x.groupId < y.groupId ? -1 : 1;
      if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt ? -1 : 1;
      return x.trajectoryId < y.trajectoryId ? -1 : x.trajectoryId > y.trajectoryId ? 1 : 0;
    });
    const chosen: Restored[] = [];
    for (const restored of listed) {
      // Worked out once per row revision (and day): a list seen again redoes nothing.
      if (restored.bare === undefined || restored.due?.today !== today)
        restored.bare = await this.bareEntry(restored, today);
      if (which === undefined || which(restored.bare)) chosen.push(restored);
    }
    const profiles = await this.profilesOf(
      listing,
      chosen.map((restored) => restored.listed!.trajectoryId),
    );
    return chosen.map((restored) => {
      const bare = restored.bare!;
      const parsed = profiles.get(bare.trajectoryId);
      const profile = parsed?.profile;
      const erased = parsed?.erased ?? false;
      const kept = restored.entry;
      if (kept?.from === bare && kept.value.profile === profile && kept.value.erased === erased)
        return kept.value;
      const value: CaseloadEntry = { ...bare, profile, erased };
      restored.entry = { from: bare, value };
      return value;
    });
  }

  /** A row's list entry without her profile, with what is due `today`. */
  private async bareEntry(restored: Restored, today: string): Promise<BareEntry> {
    const row = restored.listed!;
    const { state } = restored;
    restored.goals ??= goalsOf(restored.words, state);
    if (restored.due?.today !== today)
      restored.due = {
        today,
        actions: dueActions(state, today, await this.projectSettings(row.projectId)),
      };
    return {
      trajectoryId: row.trajectoryId,
      groupId: row.groupId,
      projectId: row.projectId,
      version: row.version,
      state,
      phase: currentPhase(state),
      paused: isPaused(state),
      lastEventAt: state.context.lastEventAt,
      due: restored.due.actions,
      goals: restored.goals,
      topics: restored.words.topics,
    };
  }

  /**
   * The profiles of some listed trajectories: those this process read at the listed
   * revision are kept, the others read (in one query per 500) and parsed.
   */
  private async profilesOf(
    listing: readonly ListingRow[],
    trajectoryIds: readonly string[],
  ): Promise<Map<string, ParsedProfile>> {
    const wanted = new Set(trajectoryIds);
    const out = new Map<string, ParsedProfile>();
    const stale: string[] = [];
    for (const { trajectoryId, profileRevision, erased } of listing) {
      if (!wanted.has(trajectoryId)) continue;
      const parsed = this.profiles.get(trajectoryId);
      if (parsed?.revision === profileRevision && parsed.erased === erased)
        out.set(trajectoryId, parsed);
      else stale.push(trajectoryId);
    }
    for (const row of await profileRows(this.db, stale)) {
      const parsed: ParsedProfile = {
        revision: Number(row.revision),
        erased: row.erased_at != null,
        profile: parseProfile(row.profile),
      };
      this.profiles.set(row.trajectory_id, parsed);
      out.set(row.trajectory_id, parsed);
    }
    // Listed without a profile row (none was ever saved): known as such too.
    for (const trajectoryId of stale)
      if (!out.has(trajectoryId)) {
        const none: ParsedProfile = { revision: -1, erased: false, profile: undefined };
        this.profiles.set(trajectoryId, none);
        out.set(trajectoryId, none);
      }
    return out;
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
      // A client-made id seen before: the same event sent again (a double submit, or a
      // form queued on a device without connection) is done already, whatever the rules
      // say of the state it changed; another event under that id is refused.
      // Without a time of its own, "now" differs on each send: the time is not compared.
      if (input.id !== undefined) {
        const seen = await recordedAs(this.db, loaded.stream, event, input.at === undefined);
        if (seen === "same") return { kind: "duplicate", eventId: event.id };
        if (seen === "other") return { kind: "id-reused", eventId: event.id };
      }
      if (expectedVersion !== undefined && expectedVersion !== loaded.version)
        return { kind: "conflict", version: loaded.version };
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
        return { kind: "recorded", version, event };
      } catch (error) {
        if (error instanceof DuplicateEventError)
          return { kind: "duplicate", eventId: error.eventId };
        if (error instanceof EventIdReusedError)
          return { kind: "id-reused", eventId: error.eventId };
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
  async participants(groupId: string): Promise<CaseloadEntry[]> {
    return this.caseload([groupId]);
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
  // The revision tells the lists of every app process that her profile changed.
  const changed = await db.run(
    "UPDATE profiles SET profile = ?, revision = revision + 1 WHERE trajectory_id = ? AND erased_at IS NULL",
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
    profile: parseProfile(row?.profile ?? null),
    erased: row?.erased_at != null,
  };
}

/** A listed trajectory: her row's revision and her profile's (-1 without a profile row). */
interface ListingRow {
  readonly trajectoryId: string;
  readonly revision: number;
  readonly profileRevision: number;
  readonly erased: boolean;
}

/**
 * The trajectories of some groups, from the projection's group index (covering), each
 * with her row's revision and her profile's: what a list compares with the rows and
 * profiles it read before. In no order.
 */
async function listingOfGroups(db: Queryable, groupIds: readonly string[]): Promise<ListingRow[]> {
  if (groupIds.length === 0) return [];
  const rows = await db.all<{
    trajectory_id: string;
    revision: number;
    profile_revision: number | null;
    erased_at: string | null;
  }>(
    `SELECT r.trajectory_id, r.revision, p.revision AS profile_revision, p.erased_at
       FROM projections r LEFT JOIN profiles p ON p.trajectory_id = r.trajectory_id
      WHERE r.group_id IN (${groupIds.map(() => "?").join(", ")})`,
    groupIds,
  );
  return rows.map((row) => ({
    trajectoryId: row.trajectory_id,
    revision: Number(row.revision),
    profileRevision: row.profile_revision === null ? -1 : Number(row.profile_revision),
    erased: row.erased_at !== null,
  }));
}

type ProfileRow = {
  trajectory_id: string;
  profile: string | null;
  erased_at: string | null;
  revision: number;
};

/** The profile rows of some trajectories. */
async function profileRows(db: Queryable, trajectoryIds: readonly string[]): Promise<ProfileRow[]> {
  const rows: ProfileRow[] = [];
  // In slices: SQLite and PostgreSQL limit the number of parameters of one statement.
  for (let i = 0; i < trajectoryIds.length; i += 500) {
    const slice = trajectoryIds.slice(i, i + 500);
    rows.push(
      ...(await db.all<ProfileRow>(
        `SELECT trajectory_id, profile, erased_at, revision FROM profiles WHERE trajectory_id IN (${slice.map(() => "?").join(", ")})`,
        slice,
      )),
    );
  }
  return rows;
}

const parseProfile = (text: string | null) =>
  text ? (JSON.parse(text) as ParticipantProfile) : undefined;
