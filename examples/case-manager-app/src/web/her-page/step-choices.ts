import type { OpenStep } from "@miriam/evaluation";
import type { Language } from "@miriam/schemas";

// The steps she may mark done, as the choices of a select: on her page and on the paper
// form her case manager types in. One encoding of "goal and step" for both.

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

/**
 * The goal and step a choice points at, as a `step-done` proposal carries them; an empty
 * or malformed choice gives an empty goal id, which the event's schema refuses by field.
 */
export function readStepChoice(choice: string): { goalId: string; step: number } {
  const at = choice.lastIndexOf("#");
  const step = at < 0 ? Number.NaN : Number(choice.slice(at + 1));
  return { goalId: at < 0 ? "" : choice.slice(0, at), step: Number.isInteger(step) ? step : -1 };
}
