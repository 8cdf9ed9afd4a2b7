import type { OpenStep } from "@miriam/evaluation";

// The steps she may mark done, as choices: radio buttons on her page, a select on the
// paper form her case manager types in. One encoding of "goal and step" for both.

/**
 * A step as a choice or a proposal reads: the step, then its goal in brackets, both in
 * the words agreed with her (her goals are often whole sentences, so the goal comes last).
 */
export function stepWords(goal: { readonly description: string }, step: string): string {
  return `${step} (${goal.description})`;
}

/** The value of a choice: her goal's id and the step's place in it. */
export const stepChoice = ({ goal, step }: OpenStep): string => `${goal.id}#${step.index}`;

/** Her open steps as the choices of a select, in plan order. */
export function stepChoices(steps: readonly OpenStep[]) {
  return steps.map((open) => ({
    code: stepChoice(open),
    label: stepWords(open.goal, open.step.description),
  }));
}

const CHOICE = /^(.+)#(\d+)$/;

/**
 * The goal and step a choice points at, as a `step-done` proposal carries them; an empty
 * or malformed choice gives an empty goal id, which the event's schema refuses by field.
 */
export function readStepChoice(choice: string): { goalId: string; step: number } {
  const match = CHOICE.exec(choice);
  return match ? { goalId: match[1]!, step: Number(match[2]) } : { goalId: "", step: -1 };
}
