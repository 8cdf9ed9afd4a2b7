import { closingOutcomes, LANGUAGES, type Labels, labels } from "@miriam/schemas";
import type { TrajectoryContext } from "../context";
import type { Step, StepType } from "../step";

/**
 * A hard rule as a phase module writes it: everything but its id. `rules.ts` gives each
 * rule its id where it lists the rules in the order they are checked, and checks the
 * whole against `HardRule` there. (Were the ids written here, TypeScript would list
 * `RuleId` in the order the modules load instead of the order of the table.)
 */
export type RuleBody = {
  readonly title: Labels;
  readonly appliesTo: "*" | readonly StepType[];
  readonly message: Labels;
  readonly remedy: Labels;
  readonly gate: boolean;
  readonly refuses: (context: TrajectoryContext, step: Step) => boolean;
} & RuleBasis;

/**
 * Whether a hard rule is stated by a source of the method (`source`, which names it) or is
 * the kit's own decision (`kit`, see `docs/decisions.md#md-hard-rules`).
 */
export type RuleBasis =
  | { readonly basis: "source"; readonly source: Labels }
  | { readonly basis: "kit"; readonly source?: undefined };

/** Whether the step records a measurement at this timepoint. */
export const isMeasurement = (step: Step, timepoint: string) =>
  step.type === "measurement.recorded" && step.timepoint === timepoint;

// A closing outcome's name in each language, from the vocabulary, so the messages say
// exactly what the user sees in the outcome picker.
export function outcome(code: (typeof closingOutcomes.codes)[number]): Labels {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, closingOutcomes.label(code, language)]),
  ) as unknown as Labels;
}
export const DECLINED = outcome("declined");
export const DROPPED_OUT = outcome("dropped-out");
export const POSITIVE_EARLY_EXIT = outcome("positive-early-exit");
export const NOT_ELIGIBLE = outcome("not-eligible");
export const MOVED = outcome("moved");

export const RECORD_AS_CONTACT = labels(
  "Registreer een later gesprek als individueel contact.",
  "Enregistrez un entretien ultérieur comme contact individuel.",
  "Erfassen Sie ein späteres Gespräch als Einzelkontakt.",
  "Record a later talk as an individual contact.",
);
