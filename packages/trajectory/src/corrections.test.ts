import type {
  CorrectionEvent,
  MethodTrajectoryEvent,
  TrajectoryEvent,
  TrajectoryEventOf,
} from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { randomLogs } from "./_test-logs";
import { canAccept } from "./can-accept";
import { acceptedEvents, replayHistory } from "./history";
import { applyEvent, effectiveEvents, replay } from "./replay";
import { persist } from "./snapshot";
import type { TrajectoryInput } from "./step";

let counter = 0;
const correction = (
  eventId: string,
  corrected: { at?: string; data?: Record<string, unknown> },
  at = "2025-12-01T10:00:00+01:00",
  trajectoryId = "t-1",
): TrajectoryEventOf<"event.corrected"> => ({
  id: `c-${++counter}`,
  trajectoryId,
  type: "event.corrected",
  at,
  by: "w-2",
  data: { eventId, reason: "typing-error", corrected },
});
const voiding = (
  eventId: string,
  at = "2025-12-01T10:00:00+01:00",
): TrajectoryEventOf<"event.voided"> => ({
  id: `v-${++counter}`,
  trajectoryId: "t-1",
  type: "event.voided",
  at,
  by: "w-2",
  data: { eventId, reason: "recorded-twice", note: "Twee keer ingevoerd" },
});

const state = (events: readonly TrajectoryEvent[]) => JSON.stringify(persist(replay(events).state));

function active() {
  const b = new TrajectoryBuilder().toActive();
  const contact = b.add("contact.held", { minutes: 45 });
  return { b, contact };
}

describe("a correction", () => {
  it("shows the corrected event in every view, and keeps both in the audit trail", () => {
    const { b, contact } = active();
    const fix = correction(contact.id, { at: "2025-09-20T14:00:00+02:00", data: { minutes: 90 } });
    const log = [...b.events, fix];
    const { state: after, corrections, refused } = replay(log);
    expect(refused).toEqual([]);
    expect(after.context.individual.contactsAt).toContain("2025-09-20T14:00:00+02:00");
    expect(after.context.individual.contactsAt).not.toContain(contact.at);
    const [record] = corrections;
    expect(record).toMatchObject({ applied: true, correction: fix, before: contact });
    expect(record!.after).toMatchObject({
      id: contact.id,
      by: contact.by,
      at: "2025-09-20T14:00:00+02:00",
      data: { minutes: 90, mode: contact.data.mode },
    });
    const history = replayHistory(log);
    expect(acceptedEvents(history, "contact.held")[0]!.data.minutes).toBe(90);
  });

  it("equals replaying the log with the field edited", () => {
    const { b, contact } = active();
    const fixAt = "2025-09-21T09:00:00+02:00";
    const edited = b.events.map((e) => (e.id === contact.id ? { ...contact, at: fixAt } : e));
    expect(state([...b.events, correction(contact.id, { at: fixAt })])).toBe(state(edited));
  });

  it("is refused, with the schema's reason, when the corrected event would break its schema", () => {
    const { b, contact } = active();
    const { refused, state: after } = replay([
      ...b.events,
      correction(contact.id, { data: { minutes: 0 } }),
    ]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ type: "event.corrected", index: b.events.length });
    expect(refused[0]!.refusals[0]!.rule).toBe("correction-consistent");
    expect(refused[0]!.refusals[0]!.message.en).toContain("$.data.minutes");
    expect(JSON.stringify(persist(after))).toBe(state(b.events));
  });

  it("is refused when it would make the trajectory invalid, and the original state is kept", () => {
    const { b, contact } = active();
    // Before the referral: the contact itself would be refused.
    const early = correction(contact.id, { at: "2025-08-01T10:00:00+02:00" });
    const { refused, corrections } = replay([...b.events, early]);
    expect(refused.map((r) => r.refusals[0]!.rule)).toEqual(["correction-consistent"]);
    expect(corrections[0]!.applied).toBe(false);
    expect(corrections[0]!.refusals[0]!.message.en).toContain("the event itself");
    expect(corrections[0]!.refusals[0]!.message.nl).toContain("toeleiding");
  });

  it("can be corrected again: a later correction of the same event wins field by field", () => {
    const { b, contact } = active();
    const log = [
      ...b.events,
      correction(contact.id, { data: { minutes: 90 } }, "2025-12-01T10:00:00+01:00"),
      correction(contact.id, { data: { mode: "phone" } }, "2025-12-02T10:00:00+01:00"),
    ];
    const contacts = acceptedEvents(replayHistory(log), "contact.held");
    expect(contacts[0]!.data).toMatchObject({ minutes: 90, mode: "phone" });
  });

  it("of a correction is refused: it points at the original event", () => {
    const { b, contact } = active();
    const first = correction(contact.id, { data: { minutes: 90 } });
    const { refused } = replay([...b.events, first, correction(first.id, { data: {} })]);
    expect(refused[0]!.refusals[0]!.rule).toBe("correction-target");
    expect(refused[0]!.refusals[0]!.message.en).toContain("itself a correction");
  });

  it("of an unknown id or of another trajectory's event is refused", () => {
    const { b, contact } = active();
    const unknown = replay([...b.events, correction("nothing", { data: {} })]);
    expect(unknown.refused[0]!.refusals[0]!.message.fr).toContain("nothing");
    const other = new TrajectoryBuilder("t-2").add("trajectory.referred");
    const elsewhere = replay([
      ...b.events,
      other,
      correction(other.id, { data: {} }, undefined, "t-1"),
    ]);
    expect(
      elsewhere.refused.find((r) => r.type === "event.corrected")!.refusals[0]!.message.en,
    ).toContain("another trajectory");
    expect(contact).toBeDefined();
  });
});

describe("a void", () => {
  it("leaves the event out of every view; the log and the audit trail keep it", () => {
    const { b, contact } = active();
    const log = [...b.events, voiding(contact.id)];
    const { state: after, corrections } = replay(log);
    expect(after.context.individual.contactsAt).toEqual([]);
    expect(corrections[0]).toMatchObject({ applied: true, before: contact });
    expect(corrections[0]!.after).toBeUndefined();
    expect(effectiveEvents(log).events.map((e) => e.id)).toEqual(
      b.events.slice(0, -1).map((e) => e.id),
    );
  });

  it("twice is refused, and so is a correction of a voided event", () => {
    const { b, contact } = active();
    const { refused } = replay([
      ...b.events,
      voiding(contact.id, "2025-12-01T10:00:00+01:00"),
      voiding(contact.id, "2025-12-02T10:00:00+01:00"),
      correction(contact.id, { data: { minutes: 5 } }, "2025-12-03T10:00:00+01:00"),
    ]);
    expect(refused.map((r) => [r.type, r.refusals[0]!.rule])).toEqual([
      ["event.voided", "not-voided"],
      ["event.corrected", "not-voided"],
    ]);
    expect(refused[1]!.refusals[0]!.message.de).toContain("gestrichen");
  });

  it("of her consent is refused once her intake depends on it", () => {
    const b = new TrajectoryBuilder().enrol();
    const consent = b.events.find((e) => e.type === "consent.given")!;
    b.add("intake.held");
    const { refused, state: after } = replay([...b.events, voiding(consent.id)]);
    expect(refused[0]!.refusals[0]!.rule).toBe("correction-consistent");
    expect(refused[0]!.refusals[0]!.message.en).toContain("“intake held”");
    expect(after.context.consent.enrolledAt).toBe(consent.at);
  });

  it("of a consent nothing depends on is applied", () => {
    const b = new TrajectoryBuilder().enrol();
    const consent = b.events.find((e) => e.type === "consent.given")!;
    const { refused, state: after } = replay([...b.events, voiding(consent.id)]);
    expect(refused).toEqual([]);
    expect(after.context.consent.enrolledAt).toBeNull();
  });
});

describe("applyEvent and canAccept", () => {
  it("refuse a correction given to a state alone: it needs her log", () => {
    const { b, contact } = active();
    const { state: now } = replay(b.events);
    const fix: CorrectionEvent = correction(contact.id, { data: { minutes: 60 } });
    expect(applyEvent(now, fix)).toMatchObject({ accepted: false, state: now });
    expect(canAccept(now, fix).refusals[0]!.rule).toBe("correction-target");
  });
});

describe("random logs", () => {
  const methodEvents = (log: readonly TrajectoryInput[]) =>
    log.filter((e): e is MethodTrajectoryEvent => e.type !== "group-session.attended");
  // A target of her own log (the random logs hold events of another trajectory too).
  const targetIn = (events: readonly MethodTrajectoryEvent[], pick: number) => {
    const own = events.filter((e) => e.trajectoryId === "t-1");
    return own.length === 0 ? undefined : own[pick % own.length]!;
  };
  const late = "2026-06-01T10:00:00+02:00";

  it("voiding an event equals replaying the log without it, when the void is applied", () => {
    fc.assert(
      fc.property(randomLogs, fc.nat(), (log, pick) => {
        const events = methodEvents(log);
        const target = targetIn(events, pick);
        if (target === undefined) return;
        const withVoid = replay([...events, voiding(target.id, late)]);
        const without = events.filter((e) => e !== target);
        const before = replay(events);
        const refusedBefore = new Set(before.refused.map((r) => r.eventId));
        // Applied exactly when no event the log accepted is refused without the target.
        const breaks = replay(without).refused.some((r) => !refusedBefore.has(r.eventId));
        expect(withVoid.corrections[0]!.applied).toBe(!breaks);
        expect(JSON.stringify(persist(withVoid.state))).toBe(
          breaks ? state(events) : state(without),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("correcting a field equals replaying the log with the field edited, when applied", () => {
    fc.assert(
      fc.property(randomLogs, fc.nat(), fc.integer({ min: 0, max: 90 }), (log, pick, day) => {
        const events = methodEvents(log);
        const target = targetIn(events, pick);
        if (target === undefined) return;
        const at = new Date(Date.UTC(2025, 8, 1 + day, 8)).toISOString().replace(".000Z", "Z");
        const withFix = replay([...events, correction(target.id, { at }, late)]);
        const edited = events.map((e) => (e === target ? { ...e, at } : e));
        const before = replay(events);
        const refusedBefore = new Set(before.refused.map((r) => r.eventId));
        const breaks = replay(edited).refused.some((r) => !refusedBefore.has(r.eventId));
        expect(withFix.corrections[0]!.applied).toBe(!breaks);
        expect(JSON.stringify(persist(withFix.state))).toBe(breaks ? state(events) : state(edited));
      }),
      { numRuns: 40 },
    );
  });

  it("without corrections replay as before: effectiveEvents returns the same array", () => {
    fc.assert(
      fc.property(randomLogs, (log) => {
        const events = methodEvents(log);
        expect(effectiveEvents(events).events).toBe(events);
        expect(replay(events).corrections).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
