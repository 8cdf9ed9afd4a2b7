import { dateOf, LANGUAGES, type TrajectoryEvent } from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activeDays } from "./_clock";
import { TrajectoryBuilder } from "./_test-builders";
import { randomLogs } from "./_test-logs";
import {
  fidelitySignalCodes,
  fidelitySignalDefinitions,
  fidelitySignals,
  individualContactMoments,
} from "./fidelity";
import { replay } from "./replay";

const signalsOf = (b: TrajectoryBuilder, options?: Parameters<typeof fidelitySignals>[1]) =>
  fidelitySignals(replay(b.events).state, options);

describe("fidelity signals of a trajectory", () => {
  it("flag an enrolment without an information talk, at the moment of consent", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    b.add("consent.given", {}, "2025-09-05");
    expect(signalsOf(b)).toEqual([
      expect.objectContaining({
        code: "information-talk-before-enrolment",
        subject: { kind: "trajectory", id: "t-1" },
        at: "2025-09-05T10:00:00+02:00",
        value: 0,
        threshold: 1,
        difference: -1,
      }),
    ]);
    b.add("intake.held");
    const withTalk = new TrajectoryBuilder().enrol();
    expect(signalsOf(withTalk)).toEqual([]);
  });

  it("flag a plan agreed later than the threshold after intake, with the days over", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held", {}, "2025-09-10");
    b.measure("t0", "2025-09-20");
    b.add("plan.agreed", {}, "2025-11-01");
    const [signal] = signalsOf(b).filter((s) => s.code === "plan-within-days");
    expect(signal).toMatchObject({
      period: { from: "2025-09-10", to: "2025-11-01" },
      value: 52,
      threshold: 42,
      difference: 10,
      unit: "days",
    });
    expect(signal?.message.nl).toBe(
      "Het plan van aanpak kwam 52 dagen na de intake (norm: binnen 42 dagen).",
    );
    expect(signalsOf(b, { settings: { fidelity: { planWithinDays: 60 } } })).toEqual([]);
  });

  it("flag a missing plan only up to a date given, and not count paused days", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held", {}, "2025-09-10");
    expect(signalsOf(b)).toEqual([]);
    expect(signalsOf(b, { asOf: "2025-11-01" })[0]).toMatchObject({
      code: "plan-within-days",
      value: 52,
    });
    b.add("trajectory.paused", {}, "2025-09-20");
    b.add("trajectory.resumed", {}, "2025-10-20");
    expect(signalsOf(b, { asOf: "2025-11-01" })).toEqual([]);
  });

  it("flag each gap between individual contacts in the active phase, not counting pauses", () => {
    const b = new TrajectoryBuilder().toActive(); // plan on 2025-09-06
    b.add("contact.held", {}, "2025-09-15");
    b.add("contact.held", {}, "2025-10-10"); // 25 days
    b.add("trajectory.paused", {}, "2025-10-15");
    b.add("trajectory.resumed", {}, "2025-11-15");
    b.add("contact.held", {}, "2025-11-20"); // 41 days, 31 of them paused
    b.measure("t1", "2025-11-25");
    const gaps = signalsOf(b).filter((s) => s.code === "individual-contact-gap");
    expect(gaps.map((g) => [g.period, g.value, g.difference])).toEqual([
      [{ from: "2025-09-15", to: "2025-10-10" }, 25, 11],
    ]);
    expect(gaps[0]?.message.fr).toBe(
      "25 jours sans contact individuel pendant la phase active (norme : au plus 14 jours).",
    );
  });

  it("flag a trajectory length outside the range, in months with one decimal", () => {
    const short = new TrajectoryBuilder().toActive();
    short.measure("t1", "2026-02-18"); // enrolled 2025-09-03: 5 months and 15 days
    const [signal] = signalsOf(short).filter((s) => s.code === "trajectory-length");
    expect(signal).toMatchObject({ value: 5.5, threshold: 8, difference: -2.5, unit: "months" });
    expect(signal?.message.de).toContain("5,5 Monate");

    const right = new TrajectoryBuilder().toActive();
    right.measure("t1", "2026-06-15");
    expect(signalsOf(right).filter((s) => s.code === "trajectory-length")).toEqual([]);
  });

  it("give every signal's message in the four languages", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    b.add("consent.given");
    b.add("intake.held");
    for (const signal of signalsOf(b, { asOf: "2026-06-01" })) {
      for (const language of LANGUAGES) expect(signal.message[language].length).toBeGreaterThan(10);
    }
    for (const definition of fidelitySignalDefinitions) {
      expect(new Set(LANGUAGES.map((l) => definition.title[l])).size).toBeGreaterThan(1);
    }
  });
});

describe("fidelitySignalCodes", () => {
  it("gives the codes of fidelitySignals, in order, for any log", () => {
    let found = 0;
    const options = {
      asOf: "2026-09-01",
      settings: { fidelity: { individualContactMaxGapDays: 2, planWithinDays: 3 } },
    };
    fc.assert(
      fc.property(randomLogs, (events) => {
        const { state } = replay(events as TrajectoryEvent[]);
        for (const o of [{}, options]) {
          const signals = fidelitySignals(state, o);
          found += signals.length;
          expect(fidelitySignalCodes(state, o)).toEqual(signals.map((s) => s.code));
        }
      }),
      { numRuns: 200 },
    );
    expect(found).toBeGreaterThan(0);
  });
});

describe("individualContactMoments", () => {
  it("are the dates of contacts, reviews and the plan talk, sorted", () => {
    fc.assert(
      fc.property(randomLogs, (events) => {
        const { state } = replay(events as TrajectoryEvent[]);
        const { individual, milestones } = state.context;
        const all = [...individual.contactsAt, ...individual.reviewsAt];
        if (milestones.planAgreedAt !== null) all.push(milestones.planAgreedAt);
        expect(individualContactMoments(state)).toEqual(all.map(dateOf).sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe("individual contact gaps", () => {
  it("are the gaps between the contact moments of the active phase longer than the norm", () => {
    // The reference: the moments as dates, kept from the plan to the end measurement (or
    // the open end), the last day added, each gap counted in active days.
    let found = 0;
    fc.assert(
      fc.property(
        randomLogs,
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(undefined, "2025-09-20", "2026-09-01"),
        (events, maxGap, asOf) => {
          const { state } = replay(events as TrajectoryEvent[]);
          const options = {
            ...(asOf === undefined ? {} : { asOf }),
            settings: { fidelity: { individualContactMaxGapDays: maxGap } },
          };
          const gaps = fidelitySignals(state, options)
            .filter((s) => s.code === "individual-contact-gap")
            .map((s) => ({ period: s.period, value: s.value }));
          const expected: typeof gaps = [];
          const { milestones, pauses, lastEventAt } = state.context;
          if (milestones.planAgreedAt !== null) {
            const from = dateOf(milestones.planAgreedAt);
            const openEnd = milestones.closing?.at ?? asOf ?? lastEventAt!;
            const to = dateOf(milestones.endMeasurementAt ?? openEnd);
            const moments = individualContactMoments(state).filter((d) => d >= from && d <= to);
            if (moments.at(-1) !== to) moments.push(to);
            for (let i = 1; i < moments.length; i++) {
              const days = activeDays(moments[i - 1]!, moments[i]!, pauses);
              if (days > maxGap)
                expected.push({ period: { from: moments[i - 1]!, to: moments[i]! }, value: days });
            }
          }
          found += expected.length;
          expect(gaps).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(0);
  });
});
