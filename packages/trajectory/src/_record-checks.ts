import {
  GroupEvent,
  LANGUAGES,
  type Labels,
  labels,
  type Problem,
  problemMessage,
  problemsFromIssues,
  TrajectoryEvent,
} from "@miriam/schemas";
import type { Refusal } from "./_check";
import type { TrajectoryContext } from "./context";
import { isEarlier } from "./event-order";
import type { TrajectoryInput } from "./step";

// Checks of the event as a record, before the hard rules look at it: the schema (so what
// the schema refuses, `applyEvent` and `canAccept` refuse too: one rule source), the
// time against the referral, and an id applied twice. They are not rules of the method
// (the rule table does not list them) but they refuse the same way, with a reason in
// four languages, so nothing is ever dropped without saying why.

/** Only the schema's problems, worded in every language, joined. */
function problemLabels(problems: readonly Problem[]): Labels {
  const shown = problems.slice(0, 3);
  return Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      shown.map((problem) => problemMessage(problem, language)).join(" "),
    ]),
  ) as unknown as Labels;
}

const SCHEMA_TITLE = labels(
  "Gebeurtenis volgens het formaat",
  "Événement conforme au format",
  "Ereignis nach dem Format",
  "Event follows the format",
);
const SCHEMA_REMEDY = labels(
  "Verbeter de gebeurtenis zoals hierboven gezegd.",
  "Corrigez l'événement comme indiqué ci-dessus.",
  "Korrigieren Sie das Ereignis wie oben angegeben.",
  "Correct the event as said above.",
);

// An event is a readonly record, often asked about in many states (a user interface
// asking `canAccept` for each step, then `applyEvent`): its verdict is remembered.
const verdicts = new WeakMap<object, readonly Refusal[]>();

/** A refusal for each schema problem of a whole event; none for a valid one. Pure. */
export function schemaRefusals(input: TrajectoryInput): readonly Refusal[] {
  if (input.type === "group-session.attended") return NONE;
  let verdict = verdicts.get(input);
  if (verdict === undefined) {
    verdict = checkSchema(input);
    verdicts.set(input, verdict);
  }
  return verdict;
}

/** A refusal for each schema problem of a group event (a corrected one); none for a valid one. Pure. */
export function groupSchemaRefusals(event: GroupEvent): readonly Refusal[] {
  return checkSchema(event, GroupEvent);
}

function checkSchema(
  input: TrajectoryInput | GroupEvent,
  schema: typeof TrajectoryEvent | typeof GroupEvent = TrajectoryEvent,
): readonly Refusal[] {
  // The schema only: which life domains a project uses is its settings' business, which
  // `validate` and `parseEventLog` check with the project's domain set.
  const result = schema.safeParse(input);
  if (result.success) return NONE;
  return [
    {
      rule: "event-schema",
      title: SCHEMA_TITLE,
      message: problemLabels(problemsFromIssues(result.error.issues, input)),
      remedy: SCHEMA_REMEDY,
    },
  ];
}

const AFTER_REFERRAL: Omit<Refusal, "message"> = {
  rule: "after-referral",
  title: labels(
    "Niet vóór de toeleiding",
    "Pas avant l'orientation",
    "Nicht vor der Zuweisung",
    "Not before the referral",
  ),
  remedy: labels(
    "Controleer de datum van de gebeurtenis (en het jaar) of die van de toeleiding.",
    "Vérifiez la date de l'événement (et l'année) ou celle de l'orientation.",
    "Prüfen Sie das Datum des Ereignisses (und das Jahr) oder das der Zuweisung.",
    "Check the date of the event (and its year) or that of the referral.",
  ),
};

/**
 * A refusal when the event's time is earlier than the referral's (`referralAt`): a
 * trajectory starts with its referral, so such a time is a typo. Pure.
 */
export function beforeReferralRefusals(
  input: TrajectoryInput,
  referralAt: string | undefined,
): readonly Refusal[] {
  if (referralAt === undefined || input.type === "trajectory.referred") return NONE;
  if (!isEarlier(input.at, referralAt)) return NONE;
  return [
    {
      ...AFTER_REFERRAL,
      message: labels(
        `Deze gebeurtenis (${input.at}) ligt vóór de toeleiding (${referralAt}).`,
        `Cet événement (${input.at}) précède l'orientation (${referralAt}).`,
        `Dieses Ereignis (${input.at}) liegt vor der Zuweisung (${referralAt}).`,
        `This event (${input.at}) is earlier than the referral (${referralAt}).`,
      ),
    },
  ];
}

/** The referral's time in a context, if there is one. */
export const referralTimeOf = (context: TrajectoryContext): string | undefined =>
  context.referral?.at;

/** A refusal for an event whose id was already applied in this replay. Pure. */
export function repeatedIdRefusal(id: string): readonly Refusal[] {
  return [
    {
      rule: "event-id-unique",
      title: labels(
        "Elke gebeurtenis één keer",
        "Chaque événement une fois",
        "Jedes Ereignis einmal",
        "Each event once",
      ),
      message: labels(
        `Een gebeurtenis met id ${id} is al verwerkt; ze wordt niet twee keer geteld.`,
        `Un événement d'identifiant ${id} a déjà été traité ; il n'est pas compté deux fois.`,
        `Ein Ereignis mit der ID ${id} wurde schon verarbeitet; es wird nicht zweimal gezählt.`,
        `An event with id ${id} was already applied; it is not counted twice.`,
      ),
      remedy: labels(
        "Geef elke gebeurtenis een eigen id; een correctie is een nieuwe gebeurtenis.",
        "Donnez à chaque événement son propre identifiant ; une correction est un nouvel événement.",
        "Geben Sie jedem Ereignis eine eigene ID; eine Korrektur ist ein neues Ereignis.",
        "Give each event its own id; a correction is a new event.",
      ),
    },
  ];
}

const NONE: readonly Refusal[] = Object.freeze([]);
