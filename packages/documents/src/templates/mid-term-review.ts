import { CalendarDate, Goal, trajectoryEventData } from "@miriam/schemas";
import { z } from "zod";
import type { Block } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { linesInsteadOf, NOBODY } from "./_blank";
import {
  goalSections,
  goalTableMessages,
  herAndCaseManagerSignatures,
  ParticipantName,
  PersonName,
  stepWhoForHer,
} from "./_shared";

/**
 * The data of the mid-term review: her goals as they stand, the `review.held` note and,
 * when known, how many individual contacts and group sessions she had so far.
 */
export const MidTermReviewData = z.strictObject({
  participant: ParticipantName,
  reviewedOn: CalendarDate.optional(),
  goals: z.array(Goal),
  review: trajectoryEventData["review.held"],
  contacts: z.int().min(0).optional(),
  sessionsAttended: z.int().min(0).optional(),
  /**
   * Accepted for compatibility, never shown: the document tells her the sessions she came
   * to, not a tally against the sessions held.
   */
  sessionsHeld: z.int().min(0).optional(),
  caseManager: PersonName.optional(),
});

/** The data of the mid-term review. */
export type MidTermReviewData = z.input<typeof MidTermReviewData>;

const messages = defineMessages({
  title: {
    nl: "Tussentijds gesprek",
    fr: "Bilan à mi-parcours",
    de: "Zwischengespräch",
    en: "Mid-term review",
  },
  subtitle: {
    nl: "{name} · {date}",
    fr: "{name} · {date}",
    de: "{name} · {date}",
    en: "{name} · {date}",
  },
  intro: {
    nl: "{name}, je bent halfweg. We kijken samen hoe het gaat met je doelen. Wat loopt goed? Wat wil je anders?",
    fr: "{name}, vous êtes à mi-parcours. Nous regardons ensemble où en sont vos objectifs. Qu'est-ce qui va bien ? Que voulez-vous changer ?",
    de: "{name}, Sie haben die Hälfte geschafft. Wir schauen gemeinsam, wie es mit Ihren Zielen läuft. Was läuft gut? Was möchten Sie ändern?",
    en: "{name}, you are halfway. We look together at how your goals are going. What is going well? What do you want to change?",
  },
  // Steps taken, never a tally against a total: "2 of 9 sessions" reads as a score of
  // failure to the mother who reads it (issue #16, dignity).
  sofar: {
    nl: "Gesprekken met je casemanager tot nu toe: {contacts}. Groepssessies waar je bij was: {attended}.",
    fr: "Entretiens avec votre case manager jusqu'ici : {contacts}. Séances de groupe auxquelles vous êtes venue : {attended}.",
    de: "Einzelgespräche bisher: {contacts}. Gruppentreffen, bei denen Sie dabei waren: {attended}.",
    en: "Talks with your case manager so far: {contacts}. Group sessions you came to: {attended}.",
  },
  goalsHeading: { nl: "Mijn doelen", fr: "Mes objectifs", de: "Meine Ziele", en: "My goals" },
  ...goalTableMessages,
  noSteps: {
    nl: "Nog geen stappen.",
    fr: "Pas encore d'étapes.",
    de: "Noch keine Schritte.",
    en: "No steps yet.",
  },
  noGoals: {
    nl: "Nog geen doelen in je plan.",
    fr: "Pas encore d'objectifs dans votre plan.",
    de: "Noch keine Ziele in Ihrem Plan.",
    en: "No goals in your plan yet.",
  },
  wellHeading: {
    nl: "Wat loopt goed?",
    fr: "Qu'est-ce qui va bien ?",
    de: "Was läuft gut?",
    en: "What is going well?",
  },
  changeHeading: {
    nl: "Wat wil je anders?",
    fr: "Que voulez-vous changer ?",
    de: "Was möchten Sie ändern?",
    en: "What do you want to change?",
  },
  notesHeading: {
    nl: "Wat we afspraken",
    fr: "Ce que nous avons convenu",
    de: "Was wir vereinbart haben",
    en: "What we agreed",
  },
  ...stepWhoForHer,
});

/**
 * The mid-term review (t-mid), written to her: her goals and steps as they stand, room
 * to write what goes well and what should change, and what was agreed.
 */
export const midTermReview = defineTemplate({
  id: "mid-term-review",
  audience: "participant",
  schema: MidTermReviewData,
  messages,
  blank: {
    data: () => ({ participant: NOBODY, goals: [], review: {} }),
    adapt: linesInsteadOf(["noGoals"], 4),
  },
  build: (data, ctx) => {
    const name = data.participant.givenName;
    const blocks: Block[] = [
      { kind: "paragraph", style: "lead", content: ctx.t("intro", { name }) },
      {
        kind: "paragraph",
        content: ctx.t("sofar", {
          contacts: data.contacts,
          attended: data.sessionsAttended,
        }),
      },
      { kind: "heading", level: 2, content: ctx.t("goalsHeading") },
    ];
    if (data.goals.length === 0) blocks.push({ kind: "paragraph", content: ctx.t("noGoals") });
    blocks.push(...goalSections(ctx, data.goals, { domainLevel: 3 }));
    blocks.push(
      { kind: "heading", level: 2, content: ctx.t("wellHeading") },
      { kind: "lines", count: 3 },
      { kind: "heading", level: 2, content: ctx.t("changeHeading") },
      { kind: "lines", count: 3 },
      { kind: "heading", level: 2, content: ctx.t("notesHeading") },
      data.review.note === undefined || data.review.note.trim() === ""
        ? { kind: "lines", count: 3 }
        : { kind: "quote", content: ctx.value(data.review.note) },
      herAndCaseManagerSignatures(ctx, ctx.value(name), data.caseManager),
    );
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", { name, date: ctx.date(data.reviewedOn) }),
      confidential: true,
      blocks,
    };
  },
});
