import { LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { canAccept } from "./can-accept";
import type { TrajectoryState } from "./machine";
import { applyEvent, replay } from "./replay";
import { ruleTable } from "./rule-table";
import { type HardRule, hardRules, type RuleId } from "./rules";
import type { TrajectoryInput } from "./step";

/** A history of events, then one more event to ask about. */
interface Case {
  readonly state: TrajectoryState;
  readonly event: TrajectoryInput;
}

function scenario(build: (b: TrajectoryBuilder) => TrajectoryInput, id = "t-1"): Case {
  const b = new TrajectoryBuilder(id);
  const event = build(b);
  // The event under test is the builder's last one: everything before it is history.
  const history = b.events.filter((e) => e !== event);
  const { state, refused } = replay(history);
  expect(refused, "the history itself must be clean").toEqual([]);
  return { state, event };
}

const make = <T extends Parameters<TrajectoryBuilder["make"]>[0]>(
  b: TrajectoryBuilder,
  type: T,
  data: Parameters<TrajectoryBuilder["make"]>[1] = {},
) => b.make(type, data as never);

// For every rule: a case it refuses and a case, as close as possible, where the same kind
// of event is accepted because the rule's condition is met.
const cases: Record<RuleId, { refused: () => Case; accepted: () => Case }> = {
  "referral-first": {
    refused: () => scenario((b) => make(b, "contact.held")),
    accepted: () => scenario((b) => make(b, "trajectory.referred")),
  },
  "nothing-after-closed": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        b.close("declined");
        return make(b, "information-talk.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "information-talk.held");
      }),
  },
  "one-trajectory-per-log": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return new TrajectoryBuilder("t-2").make("information-talk.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "information-talk.held");
      }),
  },
  "referral-once": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "trajectory.referred");
      }),
    accepted: () => scenario((b) => make(b, "trajectory.referred")),
  },
  "consent-withdrawn-only-closing": {
    refused: () =>
      scenario((b) => {
        b.enrol().add("consent.withdrawn");
        return make(b, "contact.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("consent.withdrawn");
        return make(b, "trajectory.closed", { outcome: "dropped-out", reason: "not-interested" });
      }),
  },
  "consent-before-personal-data": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        b.add("information-talk.held");
        return make(b, "intake.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol();
        return make(b, "intake.held");
      }),
  },
  "paused-only-resume-or-close": {
    refused: () =>
      scenario((b) => {
        b.toActive().add("trajectory.paused");
        return make(b, "contact.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive().add("trajectory.paused");
        b.add("trajectory.resumed");
        return make(b, "contact.held");
      }),
  },
  "resume-only-when-paused": {
    refused: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "trajectory.resumed");
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive().add("trajectory.paused");
        return make(b, "trajectory.resumed");
      }),
  },
  "enrolment-needs-processing-consent": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "consent.given", { scopes: ["photos", "research"] });
      }),
    accepted: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "consent.given", { scopes: ["processing", "photos"] });
      }),
  },
  "withdrawal-needs-consent": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "consent.withdrawn");
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol();
        return make(b, "consent.withdrawn");
      }),
  },
  "information-talk-before-enrolment": {
    refused: () =>
      scenario((b) => {
        b.enrol();
        return make(b, "information-talk.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        b.add("information-talk.held", { decision: "undecided" });
        return make(b, "information-talk.held");
      }),
  },
  "intake-once": {
    refused: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        return make(b, "intake.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol();
        return make(b, "intake.held");
      }),
  },
  "intake-before-baseline": {
    refused: () =>
      scenario((b) => {
        b.enrol();
        return make(b, "measurement.recorded", { timepoint: "t0" });
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        return make(b, "measurement.recorded", { timepoint: "t0" });
      }),
  },
  "baseline-once": {
    refused: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        b.measure("t0");
        return make(b, "measurement.recorded", { timepoint: "t0" });
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        return make(b, "measurement.recorded", { timepoint: "t0" });
      }),
  },
  "baseline-before-plan": {
    refused: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        return make(b, "plan.agreed");
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        b.measure("t0");
        return make(b, "plan.agreed");
      }),
  },
  "plan-once": {
    refused: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "plan.agreed");
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        b.measure("t0");
        return make(b, "plan.agreed");
      }),
  },
  "plan-before-active-phase": {
    refused: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        b.measure("t0");
        return make(b, "review.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "review.held");
      }),
  },
  "mid-term-before-end-measurement": {
    refused: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        return make(b, "measurement.recorded", { timepoint: "mid" });
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "measurement.recorded", { timepoint: "mid" });
      }),
  },
  "end-measurement-once": {
    refused: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        return make(b, "measurement.recorded", { timepoint: "t1" });
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "measurement.recorded", { timepoint: "t1" });
      }),
  },
  "end-measurement-before-evaluation": {
    refused: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "evaluation.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        return make(b, "evaluation.held");
      }),
  },
  "evaluation-once": {
    refused: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        b.add("evaluation.held");
        return make(b, "evaluation.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        return make(b, "evaluation.held");
      }),
  },
  "evaluation-before-handover": {
    refused: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        return make(b, "handover.done");
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        b.add("evaluation.held");
        return make(b, "handover.done");
      }),
  },
  "handover-once": {
    refused: () =>
      scenario((b) => {
        b.toHandedOver();
        return make(b, "handover.done", {
          to: "social-worker",
          receivingWorkerId: "sw-2",
        });
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        b.add("evaluation.held");
        return make(b, "handover.done", { to: "social-worker", receivingWorkerId: "sw-2" });
      }),
  },
  "handover-before-follow-up": {
    refused: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        b.add("evaluation.held");
        return make(b, "follow-up.held");
      }),
    accepted: () =>
      scenario((b) => {
        b.toHandedOver();
        return make(b, "follow-up.held");
      }),
  },
  "goal-id-unique": {
    refused: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "goal.added", {
          goal: {
            id: "goal-1",
            domain: "finances",
            description: "Budget",
            owner: "participant",
            steps: [],
          },
        });
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "goal.added");
      }),
  },
  "goal-exists": {
    refused: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "goal.updated", { goalId: "goal-9" });
      }),
    accepted: () =>
      scenario((b) => {
        b.toActive();
        return make(b, "goal.updated", { goalId: "goal-1" });
      }),
  },
  "completed-needs-end-measurement-and-handover": {
    refused: () =>
      scenario((b) => {
        b.toActive().measure("t1");
        b.add("evaluation.held");
        return make(b, "trajectory.closed", { outcome: "completed" });
      }),
    accepted: () =>
      scenario((b) => {
        b.toHandedOver();
        return make(b, "trajectory.closed", { outcome: "completed" });
      }),
  },
  "declined-only-before-enrolment": {
    refused: () =>
      scenario((b) => {
        b.enrol();
        return make(b, "trajectory.closed", { outcome: "declined" });
      }),
    accepted: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        b.add("information-talk.held", { decision: "declined" });
        return make(b, "trajectory.closed", { outcome: "declined" });
      }),
  },
  "dropped-out-only-after-enrolment": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "trajectory.closed", { outcome: "dropped-out", reason: "crisis" });
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        return make(b, "trajectory.closed", { outcome: "dropped-out", reason: "crisis" });
      }),
  },
  "positive-early-exit-only-after-enrolment": {
    refused: () =>
      scenario((b) => {
        b.add("trajectory.referred");
        return make(b, "trajectory.closed", {
          outcome: "positive-early-exit",
          reason: "started-internship",
        });
      }),
    accepted: () =>
      scenario((b) => {
        b.enrol().add("intake.held");
        return make(b, "trajectory.closed", {
          outcome: "positive-early-exit",
          reason: "started-internship",
        });
      }),
  },
};

describe("hard rules", () => {
  it("say for every rule whether a named source states it or it is the kit's decision", () => {
    for (const rule of hardRules as readonly HardRule[]) {
      expect(["source", "kit"], rule.id).toContain(rule.basis);
      if (rule.basis === "source")
        for (const language of LANGUAGES) expect(rule.source[language], rule.id).not.toBe("");
      else expect(rule.source, rule.id).toBeUndefined();
    }
  });

  it("print each rule's basis in the rule table, as plain words or as the docs' badge", () => {
    const plain = ruleTable("nl");
    const badged = ruleTable("nl", { badges: true });
    for (const rule of hardRules as readonly HardRule[]) {
      const row = plain.split("\n").find((line) => line.includes(`\`${rule.id}\``))!;
      expect(row, rule.id).toContain(rule.basis === "source" ? "| bron: " : "| keuze van de kit |");
    }
    expect(badged).toContain('<Badge type="warning" text="keuze van de kit" />');
    expect(badged).toContain('<Badge type="tip" text="bron" />');
  });

  it("has a refused and an accepted case for every rule", () => {
    expect(Object.keys(cases).sort()).toEqual(hardRules.map((rule) => rule.id).sort());
  });

  it("has unique rule ids", () => {
    const ids = hardRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("checks gates before the other rules, so a gate's reason can stand alone", () => {
    const firstNonGate = hardRules.findIndex((rule) => !rule.gate);
    expect(hardRules.slice(firstNonGate).every((rule) => !rule.gate)).toBe(true);
  });

  it.each(hardRules.map((rule) => [rule.id, rule] as const))(
    "%s speaks NL, FR, DE and EN, in plain sentences",
    (_, rule) => {
      for (const language of LANGUAGES) {
        for (const text of [rule.title[language], rule.message[language], rule.remedy[language]]) {
          expect(text.trim().length).toBeGreaterThan(3);
          expect(text).not.toMatch(/undefined|\$\{/);
        }
        expect(rule.message[language]).toMatch(/[.!]$/);
        expect(rule.remedy[language]).toMatch(/[.!]$/);
      }
      // Four different texts: a missing translation usually shows up as a copy.
      expect(new Set(LANGUAGES.map((l) => rule.message[l])).size).toBe(4);
    },
  );

  describe.each(Object.entries(cases) as [RuleId, (typeof cases)[RuleId]][])("%s", (id, c) => {
    it("refuses with its id, a reason and a remedy, and leaves the state as it was", () => {
      const { state, event } = c.refused();
      const answer = canAccept(state, event);
      expect(answer.accepted).toBe(false);
      expect(answer.refusals.map((r) => r.rule)).toContain(id);
      const refusal = answer.refusals.find((r) => r.rule === id)!;
      expect(refusal.message.nl.length).toBeGreaterThan(0);
      expect(refusal.remedy.en.length).toBeGreaterThan(0);
      // Each language quotes with its own marks, as the app's other texts do (“…” in NL
      // and EN, „…“ in DE, « … » in FR), and French has its narrow no-break spaces.
      for (const text of [refusal.title, refusal.message, refusal.remedy]) {
        for (const language of LANGUAGES) expect(text[language]).not.toMatch(/"|(^|\s)'/);
        expect(text.fr).not.toMatch(/« | »| [:;?!]/);
      }
      const outcome = applyEvent(state, event);
      expect(outcome.accepted).toBe(false);
      expect(outcome.state).toBe(state);
      expect(outcome.refusals).toEqual(answer.refusals);
    });

    it("accepts the same kind of event once its condition is met", () => {
      const { state, event } = c.accepted();
      expect(canAccept(state, event)).toEqual({ accepted: true, refusals: [] });
      const outcome = applyEvent(state, event);
      expect(outcome.accepted).toBe(true);
      expect(outcome.state).not.toBe(state);
      expect(outcome.state.context.lastEventAt).toBe(event.at);
    });
  });
});
