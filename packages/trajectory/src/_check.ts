import { frenchSpacing, type Labels } from "@miriam/schemas";
import type { TrajectoryContext } from "./context";
import { type HardRule, hardRules, type RuleId } from "./rules";
import type { Step, StepType } from "./step";

/** The ids of the checks an event passes as a record, before the hard rules. */
export type RecordCheckId =
  | "event-schema"
  | "after-referral"
  | "event-id-unique"
  | "correction-target"
  | "not-voided"
  | "correction-consistent";

/** Why a step was refused: the rule, and what it says in each language. */
export interface Refusal {
  /**
   * The id of the hard rule that refuses the step, or of the check of the event as a
   * record that refuses it before the rules look (`event-schema`: the event does not
   * match its schema; `after-referral`: its time is before the referral's;
   * `event-id-unique`: an event with its id was already applied; for a correction or a
   * void, `correction-target`: it points at no event of this trajectory or at another
   * correction, `not-voided`: at a voided event, `correction-consistent`: the corrected
   * event would break its schema, or the replay would refuse an event it accepted).
   */
  readonly rule: RuleId | RecordCheckId;
  /** The rule's short name. */
  readonly title: Labels;
  /** Why the step is refused, in plain language. */
  readonly message: Labels;
  /** What would make the step possible. */
  readonly remedy: Labels;
}

// Rules are checked on every replayed event: index them by step type once, keeping the
// table order.
const rulesByType = new Map<StepType, readonly HardRule[]>();
const allRules: readonly HardRule[] = hardRules;

function rulesFor(type: StepType): readonly HardRule[] {
  let rules = rulesByType.get(type);
  if (rules === undefined) {
    rules = allRules.filter((rule) => rule.appliesTo === "*" || rule.appliesTo.includes(type));
    rulesByType.set(type, rules);
  }
  return rules;
}

// The rules are written with plain spaces; French sets a narrow no-break space before
// "?", ":", ";", "!" and inside « » (so a line never starts with ":"). Once per rule.
const typeset = (text: Labels): Labels => ({ ...text, fr: frenchSpacing(text.fr) });
const typesetRefusals = new Map<RuleId, Refusal>();

function refusal(rule: HardRule): Refusal {
  let made = typesetRefusals.get(rule.id);
  if (made === undefined) {
    made = {
      rule: rule.id,
      title: typeset(rule.title),
      message: typeset(rule.message),
      remedy: typeset(rule.remedy),
    };
    typesetRefusals.set(rule.id, made);
  }
  return made;
}

/**
 * The refusals of a step in a context, in rule order; empty when the step is allowed.
 * A gate that refuses is the only reason given. Pure.
 */
export function refusalsOf(context: TrajectoryContext, step: Step): readonly Refusal[] {
  let refusals: Refusal[] | undefined;
  for (const rule of rulesFor(step.type)) {
    if (!rule.refuses(context, step)) continue;
    if (rule.gate && refusals === undefined) return [refusal(rule)];
    refusals ??= [];
    refusals.push(refusal(rule));
  }
  return refusals ?? NONE;
}

const NONE: readonly Refusal[] = Object.freeze([]);

/** Whether none of `rules` refuses the step. Pure; used by the statechart's guards. */
export function obeys(rules: readonly HardRule[], context: TrajectoryContext, step: Step): boolean {
  for (const rule of rules) if (rule.refuses(context, step)) return false;
  return true;
}
