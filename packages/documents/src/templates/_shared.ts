import {
  type Goal,
  goalStatuses,
  LANGUAGES,
  type Labels,
  type Language,
  projectDomains,
  type StepOwner,
  stepOwners,
} from "@miriam/schemas";
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

/**
 * The two signatures under a document she agrees to with her case manager: hers first,
 * then the case manager's (a blank line where no name is known).
 */
export function herAndCaseManagerSignatures(
  ctx: RenderContext,
  herName: readonly Inline[],
  caseManager: string | undefined,
): Block {
  return {
    kind: "signatures",
    parties: [
      { role: ctx.common("participant"), name: [...herName] },
      { role: ctx.common("caseManager"), name: ctx.value(caseManager, "long") },
    ],
  };
}

/** Who does a step, as the mother reads it ("you", "your case manager"). */
export const stepWhoForHer = defineMessages(
  stepOwnerMessages((code, language) => stepOwners.labelForHer(code, language)),
);

/**
 * The texts of a domain's heading, a goal's status and its step table, which the personal
 * plan and the mid-term review show alike (spread into each template's own table, so each stays overridable
 * under its own keys).
 */
export const goalTableMessages = defineMessages({
  domainHeading: {
    nl: "Over {domain}",
    fr: "Pour : {domain}",
    de: "Bereich: {domain}",
    en: "About {domain}",
  },
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

/** Who does a step, as a colleague reads it ("the participant", "the case manager"). */
export const stepWhoForWorker = defineMessages(
  stepOwnerMessages((code, language) => stepOwners.label(code, language)),
);

/**
 * One message per step owner of the vocabulary (`"who.<code>"`), so a template's table
 * of texts keeps overridable keys while the words come from `stepOwners` of
 * @miriam/schemas, where a new owner appears once.
 */
function stepOwnerMessages(label: (code: StepOwner, language: Language) => string): {
  readonly [Code in StepOwner as `who.${Code}`]: Labels;
} {
  return Object.fromEntries(
    stepOwners.codes.map((code) => [
      `who.${code}`,
      Object.fromEntries(LANGUAGES.map((language) => [language, label(code, language)])),
    ]),
  ) as { readonly [Code in StepOwner as `who.${Code}`]: Labels };
}

type WhoKey = keyof typeof stepWhoForHer;

/** Goals grouped by life domain, in the order the project lists its domains. */
export function goalsByDomain(ctx: RenderContext, goals: readonly Goal[]): [string, Goal[]][] {
  const order = projectDomains(ctx.settings).map((domain) => domain.code);
  const groups = new Map<string, Goal[]>();
  for (const goal of goals) groups.set(goal.domain, [...(groups.get(goal.domain) ?? []), goal]);
  const rank = (code: string) => {
    const index = order.indexOf(code);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/** The messages {@link goalSections} reads: the shared goal texts plus the template's own "no steps" line. */
type GoalSectionMessages = typeof stepWhoForHer &
  typeof goalTableMessages & { readonly noSteps: Labels };

/** How a template lays out its goals around what {@link goalSections} draws. */
export interface GoalLayout {
  /** The level of each life domain's heading. */
  readonly domainLevel: 2 | 3;
  /** Wraps one goal's blocks, e.g. with a heading above and writing lines below. */
  readonly goal?: (blocks: Block[], goal: Goal) => Block[];
}

/**
 * Her goals by life domain, as the personal plan and the mid-term review show them: a
 * heading per domain, then per goal her words as a quote, its status, and its steps as a
 * table (or the "no steps" line).
 */
export function goalSections(
  ctx: RenderContext<GoalSectionMessages>,
  goals: readonly Goal[],
  layout: GoalLayout,
): Block[] {
  const head = [ctx.t("stepColumn"), ctx.t("whoColumn"), ctx.t("dueColumn"), ctx.t("doneColumn")];
  return goalsByDomain(ctx, goals).flatMap(([domain, inDomain]): Block[] => [
    {
      kind: "heading",
      level: layout.domainLevel,
      content: ctx.t("domainHeading", { domain: ctx.domain(domain) }),
    },
    ...inDomain.flatMap((goal) => {
      const blocks = goalBlocks(ctx, goal, head);
      return layout.goal ? layout.goal(blocks, goal) : blocks;
    }),
  ]);
}

function goalBlocks(
  ctx: RenderContext<GoalSectionMessages>,
  goal: Goal,
  head: readonly (readonly Inline[])[],
): Block[] {
  const status = ctx.label(goalStatuses, goal.status ?? "open");
  return [
    { kind: "quote", content: ctx.value(goal.description, "long") },
    { kind: "paragraph", content: ctx.t("status", { status }) },
    goal.steps.length === 0
      ? { kind: "paragraph", content: ctx.t("noSteps") }
      : {
          kind: "table",
          head,
          rows: goal.steps.map((step) => [
            ctx.value(step.description, "long"),
            ctx.t(`who.${step.who}` as WhoKey),
            ctx.date(step.due),
            [{ kind: "tick", ticked: step.done === true }],
          ]),
        },
  ];
}
