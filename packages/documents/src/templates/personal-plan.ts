import { CalendarDate, Goal, trajectoryEventData } from "@miriam/schemas";
import { z } from "zod";
import type { Block } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { NOBODY } from "./_blank";
import {
  goalSections,
  goalTableMessages,
  herAndCaseManagerSignatures,
  ParticipantName,
  PersonName,
  stepWhoForHer,
} from "./_shared";

/**
 * The data of a personal plan: her given name and the goals of `plan.agreed`, as
 * `goal.added` and `goal.updated` left them. The goals are written in her own words.
 */
export const PersonalPlanData = z.strictObject({
  participant: ParticipantName,
  agreedOn: CalendarDate.optional(),
  goals: z.array(Goal).min(1),
  integrationContractLinked: trajectoryEventData["plan.agreed"].shape.integrationContractLinked,
  nextReview: CalendarDate.optional(),
  caseManager: PersonName.optional(),
});

/** The data of a personal plan. */
export type PersonalPlanData = z.input<typeof PersonalPlanData>;

const messages = defineMessages({
  title: { nl: "Mijn plan", fr: "Mon plan", de: "Mein Plan", en: "My plan" },
  subtitle: {
    nl: "Plan van {name}, afgesproken op {date}",
    fr: "Plan de {name}, convenu le {date}",
    de: "Plan von {name}, vereinbart am {date}",
    en: "{name}'s plan, agreed on {date}",
  },
  intro: {
    nl: "Dit is jouw plan, {name}. Je koos zelf deze doelen. Ze staan hier in jouw woorden. Je casemanager helpt je op weg.",
    fr: "Voici votre plan, {name}. Vous avez choisi ces objectifs vous-même. Ils sont écrits avec vos mots. Votre case manager vous aide à avancer.",
    de: "Das ist Ihr Plan, {name}. Sie haben diese Ziele selbst gewählt. Sie stehen hier in Ihren Worten. Ihre Case-Managerin oder Ihr Case-Manager unterstützt Sie dabei.",
    en: "This is your plan, {name}. You chose these goals yourself. They are written here in your own words. Your case manager helps you along the way.",
  },
  changeable: {
    nl: "Je plan mag veranderen. Een doel kan erbij komen, of je laat een doel los. Dat is goed.",
    fr: "Votre plan peut changer. Vous pouvez ajouter un objectif ou en laisser un de côté. C'est normal.",
    de: "Ihr Plan darf sich ändern. Ein Ziel kann dazukommen, oder Sie lassen ein Ziel los. Das ist in Ordnung.",
    en: "Your plan can change. You can add a goal, or let one go. That is fine.",
  },
  goalHeading: { nl: "Mijn doel", fr: "Mon objectif", de: "Mein Ziel", en: "My goal" },
  ...goalTableMessages,
  noSteps: {
    nl: "Nog geen stappen. Schrijf ze hier samen op:",
    fr: "Pas encore d'étapes. Écrivez-les ici ensemble :",
    de: "Noch keine Schritte. Schreiben Sie sie hier gemeinsam auf:",
    en: "No steps yet. Write them down here together:",
  },
  integrationContract: {
    nl: "Dit plan hoort bij je geïndividualiseerd project voor maatschappelijke integratie (GPMI).",
    fr: "Ce plan est lié à votre projet individualisé d'intégration sociale (PIIS).",
    de: "Dieser Plan gehört zu Ihrem individualisierten Projekt zur sozialen Eingliederung (IPSE).",
    en: "This plan is linked to your integration contract (GPMI / PIIS / IPSE).",
  },
  nextReview: {
    nl: "We bekijken je plan opnieuw op {date}.",
    fr: "Nous reverrons votre plan ensemble le {date}.",
    de: "Wir schauen uns Ihren Plan am {date} wieder gemeinsam an.",
    en: "We will look at your plan together again on {date}.",
  },
  signHeading: {
    nl: "Samen afgesproken",
    fr: "Convenu ensemble",
    de: "Gemeinsam vereinbart",
    en: "Agreed together",
  },
  ...stepWhoForHer,
});

/**
 * The personal plan (*plan van aanpak / plan d'accompagnement personnalisé*), written to
 * her: her goals per life domain in her own words, the steps, who does them and when.
 */
export const personalPlan = defineTemplate({
  id: "personal-plan",
  audience: "participant",
  schema: PersonalPlanData,
  messages,
  blank: {
    data: () => ({ participant: NOBODY, goals: [] }),
    // Three goals to write, each a heading and lines, before the plan's own sections.
    adapt: (body, ctx) => {
      const goals = [1, 2, 3].flatMap((): Block[] => [
        { kind: "heading", level: 3, content: ctx.t("goalHeading") },
        { kind: "lines", count: 4 },
      ]);
      const at = body.blocks.findIndex((block) => block.kind === "heading");
      const blocks = [...body.blocks];
      blocks.splice(at === -1 ? blocks.length : at, 0, ...goals);
      return { ...body, blocks };
    },
  },
  build: (data, ctx) => {
    const name = data.participant.givenName;
    const blocks: Block[] = [
      { kind: "paragraph", style: "lead", content: ctx.t("intro", { name }) },
      { kind: "paragraph", content: ctx.t("changeable") },
    ];
    if (data.integrationContractLinked)
      blocks.push({ kind: "paragraph", content: ctx.t("integrationContract") });
    blocks.push(
      ...goalSections(ctx, data.goals, {
        domainLevel: 2,
        goal: (goalBlocks, goal) => [
          { kind: "heading", level: 3, content: ctx.t("goalHeading") },
          ...goalBlocks,
          ...(goal.steps.length === 0 ? [{ kind: "lines", count: 3 } as const] : []),
        ],
      }),
    );
    blocks.push(
      { kind: "paragraph", content: ctx.t("nextReview", { date: ctx.date(data.nextReview) }) },
      { kind: "heading", level: 2, content: ctx.t("signHeading") },
      herAndCaseManagerSignatures(ctx, ctx.value(name), data.caseManager),
    );
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", { name, date: ctx.date(data.agreedOn) }),
      confidential: true,
      blocks,
    };
  },
});
