import { CalendarDate, DomainCode, Goal, goalStatuses, Note } from "@miriam/schemas";
import { z } from "zod";
import type { Block, Inline } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { radarFigure } from "./_charts";
import { fullName, herAndCaseManagerSignatures, ParticipantName, PersonName } from "./_shared";

/** Her satisfaction with one life domain at the start (t0) and at the end (t1). */
export const DomainScore = z.strictObject({
  domain: DomainCode,
  t0: z.number().min(0).max(10).nullable(),
  t1: z.number().min(0).max(10).nullable(),
});

/**
 * The data of the end evaluation and certificate: her goals as they ended, her domain
 * scores at t0 and t1 (for her radar chart), her answer to "is your situation better?"
 * and the closing talk (`evaluation.held`).
 */
export const EndEvaluationData = z.strictObject({
  participant: ParticipantName,
  evaluatedOn: CalendarDate.optional(),
  startedOn: CalendarDate.optional(),
  groupName: z.string().min(1).max(100).optional(),
  goals: z.array(Goal),
  scores: z.array(DomainScore).optional(),
  overallImprovement: z.boolean().optional(),
  words: Note.optional().meta({ description: "What she wants to remember, in her own words." }),
  caseManager: PersonName.optional(),
  coordinator: PersonName.optional(),
});

/** The data of the end evaluation. */
export type EndEvaluationData = z.input<typeof EndEvaluationData>;

const messages = defineMessages({
  title: {
    nl: "Terugblik op mijn traject",
    fr: "Regard sur mon parcours",
    de: "Rückblick auf meine Begleitung",
    en: "Looking back on my trajectory",
  },
  subtitle: {
    nl: "{name} · gesprek van {date}",
    fr: "{name} · entretien du {date}",
    de: "{name} · Gespräch vom {date}",
    en: "{name} · talk of {date}",
  },
  intro: {
    nl: "{name}, je traject loopt af. Hier kijken we samen terug: wat je bereikte, wat veranderde, en wat je meeneemt.",
    fr: "{name}, votre parcours se termine. Nous regardons ici ensemble en arrière : ce que vous avez atteint, ce qui a changé, et ce que vous emportez.",
    de: "{name}, Ihre Begleitung geht zu Ende. Hier schauen wir gemeinsam zurück: was Sie erreicht haben, was sich verändert hat und was Sie mitnehmen.",
    en: "{name}, your trajectory is coming to an end. Here we look back together: what you reached, what changed, and what you take with you.",
  },
  goalsHeading: { nl: "Mijn doelen", fr: "Mes objectifs", de: "Meine Ziele", en: "My goals" },
  goalLine: {
    nl: "{domain}: {status}",
    fr: "{domain} : {status}",
    de: "{domain}: {status}",
    en: "{domain}: {status}",
  },
  // Her goals in her own words with where each stands, never "1 of your 3 goals": a count
  // against a total reads as a score of failure (issue #16, dignity).
  goalsIntro: {
    nl: "Dit zijn de doelen die je zelf koos, en hoe ver je met elk kwam.",
    fr: "Voici les objectifs que vous avez choisis vous-même, et où vous en êtes pour chacun.",
    de: "Das sind die Ziele, die Sie selbst gewählt haben, und wie weit Sie mit jedem gekommen sind.",
    en: "These are the goals you chose yourself, and how far you got with each.",
  },
  noGoals: {
    nl: "Er staan geen doelen in je plan.",
    fr: "Votre plan ne contient pas d'objectif.",
    de: "In Ihrem Plan stehen keine Ziele.",
    en: "Your plan has no goals.",
  },
  scoresHeading: {
    nl: "Hoe tevreden ben je?",
    fr: "Êtes-vous satisfaite ?",
    de: "Wie zufrieden sind Sie?",
    en: "How satisfied are you?",
  },
  scoresIntro: {
    nl: "Bij de start en op het einde gaf je jezelf een cijfer van 0 tot 10 per thema.",
    fr: "Au début et à la fin, vous vous êtes donné une note de 0 à 10 par thème.",
    de: "Am Anfang und am Ende haben Sie sich pro Thema eine Zahl von 0 bis 10 gegeben.",
    en: "At the start and at the end, you gave yourself a score from 0 to 10 per topic.",
  },
  chartCaption: {
    nl: "Stippellijn: bij de start. Volle lijn: nu. Hoe verder naar buiten, hoe tevredener.",
    fr: "Ligne pointillée : au début. Ligne pleine : maintenant. Plus c'est loin du centre, plus vous êtes satisfaite.",
    de: "Gestrichelte Linie: am Anfang. Durchgezogene Linie: jetzt. Je weiter außen, desto zufriedener.",
    en: "Dashed line: at the start. Solid line: now. The further out, the more satisfied.",
  },
  chartAlt: {
    nl: "Netdiagram van je tevredenheid per thema, bij de start en nu",
    fr: "Graphique en toile de votre satisfaction par thème, au début et maintenant",
    de: "Netzdiagramm Ihrer Zufriedenheit pro Thema, am Anfang und jetzt",
    en: "Radar chart of your satisfaction per topic, at the start and now",
  },
  topicColumn: { nl: "Thema", fr: "Thème", de: "Thema", en: "Topic" },
  startColumn: { nl: "Bij de start", fr: "Au début", de: "Am Anfang", en: "At the start" },
  endColumn: { nl: "Nu", fr: "Maintenant", de: "Jetzt", en: "Now" },
  better: {
    nl: "Is je situatie nu beter dan bij de start? {answer}",
    fr: "Votre situation est-elle meilleure qu'au début ? {answer}",
    de: "Ist Ihre Situation jetzt besser als am Anfang? {answer}",
    en: "Is your situation better now than at the start? {answer}",
  },
  wordsHeading: {
    nl: "Wat ik meeneem",
    fr: "Ce que j'emporte",
    de: "Was ich mitnehme",
    en: "What I take with me",
  },
  certificateTitle: {
    nl: "Getuigschrift",
    fr: "Certificat",
    de: "Urkunde",
    en: "Certificate",
  },
  certificateText: {
    nl: "{ocmw} bevestigt dat",
    fr: "{LeOcmw} certifie que",
    de: "{ocmw} bestätigt, dass",
    en: "{ocmw} confirms that",
  },
  certificateBody: {
    nl: "het MIRIAM-traject heeft doorlopen, van {start} tot {end}, in de groep {group}.",
    fr: "a suivi le parcours MIRIAM, du {start} au {end}, dans le groupe {group}.",
    de: "die MIRIAM-Begleitung vom {start} bis zum {end} in der Gruppe {group} durchlaufen hat.",
    en: "has completed the MIRIAM trajectory, from {start} to {end}, in the group {group}.",
  },
  certificateThanks: {
    nl: "Proficiat met alles wat je dit jaar hebt gedaan.",
    fr: "Félicitations pour tout ce que vous avez accompli cette année.",
    de: "Herzlichen Glückwunsch zu allem, was Sie in diesem Jahr geschafft haben.",
    en: "Congratulations on everything you did this year.",
  },
});

/**
 * The end evaluation (*evaluatiegesprek / évaluation*), written to her: her goals as
 * they ended, her radar chart of t0 and t1, her own words, and on a page of its own
 * the certificate handed over at the closing event.
 */
export const endEvaluation = defineTemplate({
  id: "end-evaluation",
  audience: "participant",
  schema: EndEvaluationData,
  messages,
  build: (data, ctx) => {
    const name = data.participant.givenName;
    const blocks: Block[] = [
      { kind: "paragraph", style: "lead", content: ctx.t("intro", { name }) },
      { kind: "heading", level: 2, content: ctx.t("goalsHeading") },
    ];
    if (data.goals.length === 0) blocks.push({ kind: "paragraph", content: ctx.t("noGoals") });
    else {
      blocks.push(
        { kind: "paragraph", content: ctx.t("goalsIntro") },
        {
          kind: "list",
          items: data.goals.map((goal) => ({
            content: [
              ...ctx.common("quoteOpen"),
              ...ctx.value(goal.description),
              ...ctx.common("quoteClose"),
            ],
            items: [
              ctx.t("goalLine", {
                domain: ctx.domain(goal.domain),
                status: ctx.label(goalStatuses, goal.status ?? "open"),
              }),
            ],
          })),
        },
      );
    }
    const scores = data.scores ?? [];
    blocks.push(
      { kind: "heading", level: 2, content: ctx.t("scoresHeading") },
      { kind: "paragraph", content: ctx.t("scoresIntro") },
    );
    const figure = radarFigure(ctx, scores, ctx.text("chartAlt"), ctx.t("chartCaption"));
    if (figure !== undefined) blocks.push(figure);
    const score = (value: number | null): Inline[] =>
      ctx.value(value === null ? undefined : ctx.number(value, 1), "short");
    blocks.push(
      {
        kind: "table",
        head: [ctx.t("topicColumn"), ctx.t("startColumn"), ctx.t("endColumn")],
        rows: scores.map((s) => [
          [{ kind: "text", text: ctx.domain(s.domain) }],
          score(s.t0),
          score(s.t1),
        ]),
        ...(scores.length === 0 ? { blankRows: 4 } : {}),
      },
      {
        kind: "paragraph",
        content: ctx.t("better", { answer: ctx.yesNo(data.overallImprovement) }),
      },
      { kind: "heading", level: 2, content: ctx.t("wordsHeading") },
      data.words === undefined || data.words.trim() === ""
        ? { kind: "lines", count: 4 }
        : { kind: "quote", content: ctx.value(data.words) },
      herAndCaseManagerSignatures(ctx, ctx.value(name), data.caseManager),
      { kind: "page-break" },
      {
        kind: "frame",
        blocks: [
          { kind: "paragraph", style: "small", content: ctx.common("programme") },
          { kind: "heading", level: 2, content: ctx.t("certificateTitle") },
          {
            kind: "paragraph",
            content: ctx.t("certificateText", { ocmw: ctx.settings.ocmw.name }),
          },
          { kind: "heading", level: 3, content: fullName(ctx, data.participant) },
          {
            kind: "paragraph",
            content: ctx.t("certificateBody", {
              start: ctx.date(data.startedOn),
              end: ctx.date(data.evaluatedOn),
              group: ctx.value(data.groupName),
            }),
          },
          { kind: "paragraph", style: "lead", content: ctx.t("certificateThanks") },
          {
            kind: "signatures",
            parties: [
              { role: ctx.common("caseManager"), name: ctx.value(data.caseManager, "long") },
              { role: ctx.common("coordinator"), name: ctx.value(data.coordinator, "long") },
            ],
          },
        ],
      },
    );
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", { name, date: ctx.date(data.evaluatedOn) }),
      confidential: true,
      blocks,
    };
  },
});
