import type { TrajectoryEvent } from "@miriam/schemas";
import {
  applyEvent,
  hardRules,
  initialState,
  type RuleId,
  type Step,
  stepKinds,
  type TrajectoryState,
} from "@miriam/trajectory";
import { TrajectoryBuilder } from "../src/_events";

// Finds, for each hard rule, the shortest story that ends in an event the rule refuses,
// by walking the statechart breadth-first with every kind of step. The fixtures are
// therefore derived from the chart and the rules, never written by hand.

const HARD_RULE_IDS: ReadonlySet<string> = new Set(hardRules.map((rule) => rule.id));

/** A story that ends in a refused event. */
export interface RulePath {
  readonly rule: RuleId;
  /** Accepted steps, then the refused one. */
  readonly steps: readonly Step[];
  /** Every rule that refuses the last step (the wanted one first when alone). */
  readonly refusedBy: readonly RuleId[];
}

// Steps that stepKinds leaves out because they differ only in data the rules look at.
const PROBES: readonly Step[] = [
  { type: "consent.given", scopes: ["research"] },
  { type: "goal.added", goalId: "goal-1" },
  { type: "goal.updated", goalId: "goal-9" },
];

const STEPS: readonly Step[] = [
  ...stepKinds.filter((step) => step.type !== "group-session.attended"),
  ...PROBES,
];

function keyOf(state: TrajectoryState): string {
  const { context } = state;
  return JSON.stringify([
    state.value,
    Object.entries(context.milestones).map(([k, v]) => [k, v === null]),
    context.consent.enrolledAt === null,
    context.consent.withdrawnAt === null,
    Object.keys(context.goals).sort(),
  ]);
}

/** The shortest refused story of every rule that a single trajectory can show. */
export function rulePaths(maxDepth = 14): Map<RuleId, RulePath> {
  const found = new Map<RuleId, RulePath>();
  const alone = new Set<RuleId>();
  const seen = new Set<string>();
  let frontier: Step[][] = [[]];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: typeof frontier = [];
    for (const steps of frontier) {
      for (const step of STEPS) {
        const builder = new TrajectoryBuilder("probe", "2025-09-01");
        const events: TrajectoryEvent[] = steps.map((s) => builder.eventOf(s));
        let current = initialState();
        for (const event of events) current = applyEvent(current, event).state;
        const outcome = applyEvent(current, builder.eventOf(step));
        if (!outcome.accepted) {
          // Only the method's hard rules: the probe's events are valid records.
          const rules = outcome.refusals
            .map((refusal) => refusal.rule)
            .filter((rule): rule is RuleId => HARD_RULE_IDS.has(rule));
          for (const rule of rules) {
            // Prefer a story refused by this rule alone: the fixture then fails one requirement.
            if (found.has(rule) && (alone.has(rule) || rules.length > 1)) continue;
            found.set(rule, { rule, steps: [...steps, step], refusedBy: rules });
            if (rules.length === 1) alone.add(rule);
          }
          continue;
        }
        const key = keyOf(outcome.state);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push([...steps, step]);
      }
    }
    frontier = next;
    if (hardRules.every((rule) => alone.has(rule.id))) break;
  }
  return found;
}
