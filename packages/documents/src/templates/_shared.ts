import { type Goal, goalStatuses, lifeDomains } from "@miriam/schemas";
import type { Block, Inline } from "../blocks";
import { defineMessages } from "../messages";
import type { ParticipantName } from "../participant-name";
import type { RenderContext } from "../template";

export { ParticipantName, PersonName } from "../participant-name";

/** Her full name; a blank takes the family name's place when it is not known. */
export function fullName(ctx: RenderContext, participant: ParticipantName): Inline[] {
  return [
    { kind: "text", text: participant.givenName },
    { kind: "text", text: " " },
    ...ctx.value(participant.familyName, "long"),
  ];
}

/** Who does a step, as the mother reads it ("you", "together"). */
export const stepWhoForHer = defineMessages({
  "who.participant": { nl: "jij", fr: "vous", de: "Sie", en: "you" },
  "who.case-manager": {
    nl: "je casemanager",
    fr: "votre case manager",
    de: "Ihre Case-Managerin / Ihr Case-Manager",
    en: "your case manager",
  },
  "who.partner": { nl: "een partner", fr: "un partenaire", de: "ein Partner", en: "a partner" },
  "who.together": { nl: "samen", fr: "ensemble", de: "gemeinsam", en: "together" },
});

/** Who does a step, as a colleague reads it. */
/**
 * The texts of a goal's status and step table, which the personal plan and the mid-term
 * review show alike (spread into each template's own table, so each stays overridable
 * under its own keys).
 */
export const goalTableMessages = defineMessages({
  status: {
    nl: "Hoe ver sta je: {status}",
    fr: "Où en êtes-vous : {status}",
    de: "Wie weit Sie sind: {status}",
    en: "Where you are: {status}",
  },
  stepColumn: {
    nl: "Wat doen we?",
    fr: "Que faisons-nous ?",
    de: "Was tun wir?",
    en: "What do we do?",
  },
  whoColumn: { nl: "Wie?", fr: "Qui ?", de: "Wer?", en: "Who?" },
  dueColumn: { nl: "Tegen wanneer?", fr: "Pour quand ?", de: "Bis wann?", en: "By when?" },
  doneColumn: { nl: "Klaar", fr: "Fait", de: "Erledigt", en: "Done" },
});

export const stepWhoForWorker = defineMessages({
  "who.participant": {
    nl: "de deelneemster",
    fr: "la participante",
    de: "die Teilnehmerin",
    en: "the participant",
  },
  "who.case-manager": {
    nl: "de casemanager",
    fr: "le/la case manager",
    de: "Case-Management",
    en: "the case manager",
  },
  "who.partner": { nl: "een partner", fr: "un partenaire", de: "ein Partner", en: "a partner" },
  "who.together": { nl: "samen", fr: "ensemble", de: "gemeinsam", en: "together" },
});

type WhoKey = keyof typeof stepWhoForHer;

/** Goals grouped by life domain, in the order the project lists its domains. */
export function goalsByDomain(ctx: RenderContext, goals: readonly Goal[]): [string, Goal[]][] {
  const order: readonly string[] = ctx.settings.domains?.map((d) => d.code) ?? lifeDomains.codes;
  const groups = new Map<string, Goal[]>();
  for (const goal of goals) groups.set(goal.domain, [...(groups.get(goal.domain) ?? []), goal]);
  const rank = (code: string) => {
    const index = order.indexOf(code);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/** Labels for the columns of a steps table, from the template's own messages. */
export interface StepColumns {
  readonly step: Inline[];
  readonly who: Inline[];
  readonly due: Inline[];
  readonly done: Inline[];
}

/** One goal: her words as a quote, its status, and its steps as a table. */
export function goalBlocks(
  ctx: RenderContext<typeof stepWhoForHer>,
  goal: Goal,
  columns: StepColumns,
  statusLine: (status: string) => Inline[],
  noSteps: Inline[],
): Block[] {
  const status = ctx.label(goalStatuses, goal.status ?? "open");
  return [
    { kind: "quote", content: ctx.value(goal.description, "long") },
    { kind: "paragraph", content: statusLine(status) },
    goal.steps.length === 0
      ? { kind: "paragraph", content: noSteps }
      : {
          kind: "table",
          head: [columns.step, columns.who, columns.due, columns.done],
          rows: goal.steps.map((step) => [
            ctx.value(step.description, "long"),
            ctx.t(`who.${step.who}` as WhoKey),
            ctx.date(step.due),
            [{ kind: "tick", ticked: step.done === true }],
          ]),
        },
  ];
}
