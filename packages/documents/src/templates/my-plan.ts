import {
  CalendarDate,
  consentScopes,
  DomainCode,
  goalStatuses,
  MethodDate,
  proposalStatuses,
  rightStatuses,
  rights,
  rightsCatalogue,
  stepOwners,
} from "@miriam/schemas";
import { z } from "zod";
import type { Block, Inline } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate, type RenderContext } from "../template";
import { radarFigure } from "./_charts";
import { goalsByDomain, ParticipantName, PersonName, stepWhoForHer } from "./_shared";

const Text = z.string().trim().min(1).max(500);

/**
 * The data of "My plan": her own view (`herView` of @miriam/evaluation) as she reads it
 * on paper or on her page. Nothing in it is a case manager's note or another mother's.
 */
export const MyPlanData = z.strictObject({
  participant: ParticipantName,
  printedOn: CalendarDate.optional(),
  caseManager: PersonName.optional(),
  goals: z.array(
    z.strictObject({
      domain: DomainCode,
      description: Text,
      status: goalStatuses.schema,
      steps: z.array(
        z.strictObject({
          description: Text,
          who: stepOwners.schema,
          due: MethodDate.optional(),
          done: z.boolean(),
          waiting: z.boolean().optional(),
        }),
      ),
    }),
  ),
  stepsTaken: z.strictObject({ done: z.int().min(0), of: z.int().min(0) }),
  selfEvaluation: z
    .strictObject({
      t0: z.record(z.string(), z.number().nullable()).optional(),
      t1: z.record(z.string(), z.number().nullable()).optional(),
    })
    .optional()
    .meta({ description: "Only when she wants to see it." }),
  comingSessions: z
    .array(
      z.strictObject({
        date: MethodDate,
        time: z
          .string()
          .regex(/^\d{2}:\d{2}$/)
          .optional(),
        place: z.string().min(1).max(200).optional(),
        topic: z.string().min(1).max(200).optional(),
        withChildren: z.boolean().optional(),
      }),
    )
    .optional(),
  chosenTopics: z.array(z.string().min(1).max(200)).optional(),
  proposedTopics: z
    .array(z.strictObject({ topic: z.string().min(1).max(200), status: proposalStatuses.schema }))
    .optional(),
  rights: z.array(
    z.strictObject({
      right: rights.schema,
      status: rightStatuses.schema,
      stage: z.enum(["found", "applied", "open", "decided"]),
    }),
  ),
  consentScopes: z.array(consentScopes.schema),
  privacyContact: z.string().min(1).max(300).optional(),
});

/** The data of "My plan". */
export type MyPlanData = z.input<typeof MyPlanData>;

// Short sentences and everyday words (CEFR B1): a test measures the readability of the
// NL and FR texts (Flesch–Douma, Kandel–Moles).
const messages = defineMessages({
  title: { nl: "Mijn plan", fr: "Mon plan", de: "Mein Plan", en: "My plan" },
  subtitle: {
    nl: "Voor {name}. Gemaakt op {date}.",
    fr: "Pour {name}. Fait le {date}.",
    de: "Für {name}. Erstellt am {date}.",
    en: "For {name}. Made on {date}.",
  },
  intro: {
    nl: "Dit is jouw plan, {name}. Jij kiest je doelen. Wij helpen je.",
    fr: "Voici votre plan, {name}. Vous choisissez vos buts. Nous vous aidons.",
    de: "Das ist Ihr Plan, {name}. Sie wählen Ihre Ziele. Wir helfen Ihnen.",
    en: "This is your plan, {name}. You choose your goals. We help you.",
  },
  goalsHeading: { nl: "Mijn doelen", fr: "Mes buts", de: "Meine Ziele", en: "My goals" },
  progress: {
    nl: "Je hebt al {done} stappen gezet. Goed zo!",
    fr: "Vous avez déjà fait {done} étapes. Bravo !",
    de: "Sie haben schon {done} Schritte gemacht. Gut gemacht!",
    en: "You have taken {done} steps already. Well done!",
  },
  progressStart: {
    nl: "Je eerste stap komt eraan. Je staat er niet alleen voor.",
    fr: "Votre première étape arrive. Vous n'êtes pas seule.",
    de: "Ihr erster Schritt kommt bald. Sie sind nicht allein.",
    en: "Your first step is coming. You are not alone.",
  },
  noGoals: {
    nl: "Je hebt nog geen doelen. Je kiest ze samen met je casemanager.",
    fr: "Vous n'avez pas encore de buts. Vous les choisissez avec votre case manager.",
    de: "Sie haben noch keine Ziele. Sie wählen sie mit Ihrer Case-Managerin oder Ihrem Case-Manager.",
    en: "You have no goals yet. You choose them with your case manager.",
  },
  domain: {
    nl: "Over: {domain}",
    fr: "Pour : {domain}",
    de: "Bereich: {domain}",
    en: "About: {domain}",
  },
  goalStatus: {
    nl: "Waar sta je nu: {status}",
    fr: "Où en êtes-vous : {status}",
    de: "Wo Sie jetzt stehen: {status}",
    en: "Where you are now: {status}",
  },
  stepColumn: { nl: "Stap", fr: "Étape", de: "Schritt", en: "Step" },
  whoColumn: { nl: "Wie?", fr: "Qui ?", de: "Wer?", en: "Who?" },
  dueColumn: { nl: "Tegen wanneer?", fr: "Pour quand ?", de: "Bis wann?", en: "By when?" },
  doneColumn: { nl: "Gedaan", fr: "Fait", de: "Erledigt", en: "Done" },
  waiting: {
    nl: "Jij zei: gedaan. Je casemanager kijkt het na.",
    fr: "Vous avez dit : fait. Votre case manager va voir.",
    de: "Sie sagten: erledigt. Ihre Case-Managerin oder Ihr Case-Manager schaut es an.",
    en: "You said: done. Your case manager will check.",
  },
  ...stepWhoForHer,
  chartHeading: {
    nl: "Hoe tevreden ben je?",
    fr: "Êtes-vous satisfaite ?",
    de: "Wie zufrieden sind Sie?",
    en: "How happy are you with things?",
  },
  chartIntro: {
    nl: "Je vulde twee keer een lijst in: bij de start en op het einde. Hier zie je ze naast elkaar.",
    fr: "Vous avez rempli une liste deux fois : au début et à la fin. Vous les voyez ici côte à côte.",
    de: "Sie haben zweimal eine Liste ausgefüllt: am Anfang und am Ende. Hier sehen Sie beide nebeneinander.",
    en: "You filled in a list twice: at the start and at the end. Here you see them side by side.",
  },
  chartAlt: {
    nl: "Jouw antwoorden bij de start en op het einde, per thema",
    fr: "Vos réponses au début et à la fin, par thème",
    de: "Ihre Antworten am Anfang und am Ende, nach Bereich",
    en: "Your answers at the start and at the end, by topic",
  },
  scoreColumn: { nl: "Thema", fr: "Thème", de: "Bereich", en: "Topic" },
  startColumn: { nl: "Start", fr: "Début", de: "Anfang", en: "Start" },
  endColumn: { nl: "Einde", fr: "Fin", de: "Ende", en: "End" },
  groupHeading: { nl: "Mijn groep", fr: "Mon groupe", de: "Meine Gruppe", en: "My group" },
  sessionsHeading: {
    nl: "De volgende keren",
    fr: "Les prochaines fois",
    de: "Die nächsten Treffen",
    en: "The next meetings",
  },
  noSessions: {
    nl: "Je casemanager zegt je wanneer de groep weer samenkomt.",
    fr: "Votre case manager vous dit quand le groupe se revoit.",
    de: "Ihre Case-Managerin oder Ihr Case-Manager sagt Ihnen, wann sich die Gruppe wieder trifft.",
    en: "Your case manager will tell you when the group meets again.",
  },
  dateColumn: { nl: "Datum", fr: "Date", de: "Datum", en: "Date" },
  timeColumn: { nl: "Uur", fr: "Heure", de: "Uhrzeit", en: "Time" },
  placeColumn: { nl: "Waar?", fr: "Où ?", de: "Wo?", en: "Where?" },
  topicColumn: { nl: "Thema", fr: "Thème", de: "Thema", en: "Topic" },
  childrenColumn: {
    nl: "Kinderen mee?",
    fr: "Avec les enfants ?",
    de: "Kinder dabei?",
    en: "Children too?",
  },
  topicsHeading: {
    nl: "Thema's die de groep koos",
    fr: "Les thèmes choisis par le groupe",
    de: "Themen, die die Gruppe gewählt hat",
    en: "Topics the group chose",
  },
  topicsIntro: {
    nl: "De groep kiest samen waarover jullie praten. Heb je een idee? Zeg het aan je casemanager.",
    fr: "Le groupe choisit ensemble de quoi vous parlez. Vous avez une idée ? Dites-la à votre case manager.",
    de: "Die Gruppe wählt gemeinsam, worüber Sie sprechen. Haben Sie eine Idee? Sagen Sie es Ihrer Case-Managerin oder Ihrem Case-Manager.",
    en: "The group chooses together what you talk about. Do you have an idea? Tell your case manager.",
  },
  myTopicsHeading: {
    nl: "Mijn ideeën voor de groep",
    fr: "Mes idées pour le groupe",
    de: "Meine Ideen für die Gruppe",
    en: "My ideas for the group",
  },
  rightsHeading: { nl: "Mijn rechten", fr: "Mes droits", de: "Meine Rechte", en: "My rights" },
  rightsIntro: {
    nl: "Samen kijken we welke hulp en welk geld er voor jou is.",
    fr: "Ensemble, nous regardons quelle aide et quel argent il y a pour vous.",
    de: "Gemeinsam schauen wir, welche Hilfe und welches Geld es für Sie gibt.",
    en: "Together we look at which help and money there is for you.",
  },
  "stage.found": {
    nl: "Gevonden: daar heb je recht op",
    fr: "Trouvé : vous y avez droit",
    de: "Gefunden: darauf haben Sie Anspruch",
    en: "Found: you can get this",
  },
  "stage.applied": {
    nl: "Aangevraagd: we wachten op een antwoord",
    fr: "Demandé : on attend une réponse",
    de: "Beantragt: wir warten auf eine Antwort",
    en: "Applied for: we wait for an answer",
  },
  "stage.open": {
    nl: "Nog na te kijken",
    fr: "Encore à voir",
    de: "Noch zu prüfen",
    en: "Still to check",
  },
  "stage.decided": {
    nl: "Er is een beslissing. Vraag uitleg aan je casemanager.",
    fr: "Il y a une décision. Demandez à votre case manager de vous l'expliquer.",
    de: "Es gibt eine Entscheidung. Fragen Sie Ihre Case-Managerin oder Ihren Case-Manager.",
    en: "There is a decision. Ask your case manager about it.",
  },
  rightColumn: { nl: "Recht", fr: "Droit", de: "Recht", en: "Right" },
  stageColumn: { nl: "Waar staan we?", fr: "Où en est-on ?", de: "Wie weit?", en: "Where are we?" },
  contactColumn: { nl: "Waar?", fr: "Où ?", de: "Wo?", en: "Where?" },
  noRights: {
    nl: "We kijken je rechten nog samen na.",
    fr: "Nous allons encore regarder vos droits ensemble.",
    de: "Wir prüfen Ihre Rechte noch gemeinsam.",
    en: "We will still check your rights together.",
  },
  dataHeading: {
    nl: "Wat het OCMW over jou bijhoudt",
    fr: "Ce que le CPAS garde sur vous",
    de: "Was das ÖSHZ über Sie speichert",
    en: "What the OCMW keeps about you",
  },
  dataIntro: {
    nl: "Het OCMW schrijft je plan, je gesprekken en je rechten op. Jij gaf toestemming voor:",
    fr: "Le CPAS note votre plan, vos rendez-vous et vos droits. Vous avez dit oui pour :",
    de: "Das ÖSHZ schreibt Ihren Plan, Ihre Gespräche und Ihre Rechte auf. Sie haben zugestimmt für:",
    en: "The OCMW writes down your plan, your talks and your rights. You said yes to:",
  },
  "sees.processing": {
    nl: "Wie ziet het? Je casemanager en de sociale dienst van het OCMW.",
    fr: "Qui le voit ? Votre case manager et le service social du CPAS.",
    de: "Wer sieht es? Ihre Case-Managerin oder Ihr Case-Manager und der Sozialdienst des ÖSHZ.",
    en: "Who sees it? Your case manager and the OCMW's social service.",
  },
  "sees.partner-sharing": {
    nl: "Wie ziet het? Een dienst waar je heen gaat. Die krijgt alleen wat nodig is.",
    fr: "Qui le voit ? Un service où vous allez. Il reçoit seulement ce qu'il faut.",
    de: "Wer sieht es? Ein Dienst, zu dem Sie gehen. Er bekommt nur, was nötig ist.",
    en: "Who sees it? A service you go to. It gets only what it needs.",
  },
  "sees.research": {
    nl: "Wie ziet het? Onderzoekers, maar zonder je naam.",
    fr: "Qui le voit ? Des chercheurs, mais sans votre nom.",
    de: "Wer sieht es? Forschende, aber ohne Ihren Namen.",
    en: "Who sees it? Researchers, but without your name.",
  },
  "sees.photos": {
    nl: "Wie ziet het? De groep en het OCMW.",
    fr: "Qui le voit ? Le groupe et le CPAS.",
    de: "Wer sieht es? Die Gruppe und das ÖSHZ.",
    en: "Who sees it? The group and the OCMW.",
  },
  "sees.her-page": {
    nl: "Wie ziet het? Alleen jij, met je link en je code.",
    fr: "Qui le voit ? Vous seule, avec votre lien et votre code.",
    de: "Wer sieht es? Nur Sie, mit Ihrem Link und Ihrem Code.",
    en: "Who sees it? Only you, with your link and your code.",
  },
  copy: {
    nl: "Wil je een kopie van alles? Of wil je dat we iets wissen? Vraag het aan je casemanager of aan: {contact}.",
    fr: "Vous voulez une copie de tout ? Ou vous voulez qu'on efface quelque chose ? Demandez à votre case manager ou à : {contact}.",
    de: "Möchten Sie eine Kopie von allem? Oder sollen wir etwas löschen? Fragen Sie Ihre Case-Managerin oder Ihren Case-Manager oder: {contact}.",
    en: "Do you want a copy of everything? Or do you want us to delete something? Ask your case manager or: {contact}.",
  },
  copyAskHer: {
    nl: "Wil je een kopie van alles? Of wil je dat we iets wissen? Vraag het aan je casemanager.",
    fr: "Vous voulez une copie de tout ? Ou vous voulez qu'on efface quelque chose ? Demandez à votre case manager.",
    de: "Möchten Sie eine Kopie von allem? Oder sollen wir etwas löschen? Fragen Sie Ihre Case-Managerin oder Ihren Case-Manager.",
    en: "Do you want a copy of everything? Or do you want us to delete something? Ask your case manager.",
  },
  withdraw: {
    nl: "Je mag altijd nee zeggen. Ook later.",
    fr: "Vous pouvez toujours dire non. Même plus tard.",
    de: "Sie dürfen immer nein sagen. Auch später.",
    en: "You can always say no. Also later.",
  },
  caseManager: {
    nl: "Je casemanager: {name}",
    fr: "Votre case manager : {name}",
    de: "Ihre Case-Managerin / Ihr Case-Manager: {name}",
    en: "Your case manager: {name}",
  },
});

type Ctx = RenderContext<typeof messages>;

function goalsSection(data: z.output<typeof MyPlanData>, ctx: Ctx): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, content: ctx.t("goalsHeading") }];
  if (data.goals.length === 0) return [...blocks, { kind: "paragraph", content: ctx.t("noGoals") }];
  blocks.push({
    kind: "paragraph",
    style: "lead",
    content:
      data.stepsTaken.done === 0
        ? ctx.t("progressStart")
        : ctx.t("progress", { done: data.stepsTaken.done }),
  });
  // Grouped and ordered as the personal plan is; the ids lead back to her goals' steps.
  const asGoals = data.goals.map((goal, index) => ({
    ...goal,
    id: String(index),
    owner: "participant" as const,
    steps: [],
  }));
  for (const [domain, grouped] of goalsByDomain(ctx, asGoals)) {
    const goals = grouped.map((goal) => data.goals[Number(goal.id)]!);
    blocks.push({
      kind: "heading",
      level: 3,
      content: ctx.t("domain", { domain: ctx.domain(domain) }),
    });
    for (const goal of goals) {
      blocks.push(
        { kind: "quote", content: ctx.value(goal.description, "long") },
        {
          kind: "paragraph",
          content: ctx.t("goalStatus", {
            status: goalStatuses.labelForHer(goal.status, ctx.language),
          }),
        },
      );
      if (goal.steps.length > 0)
        blocks.push({
          kind: "table",
          head: [ctx.t("stepColumn"), ctx.t("whoColumn"), ctx.t("dueColumn"), ctx.t("doneColumn")],
          rows: goal.steps.map((step) => [
            step.waiting === true
              ? [
                  ...ctx.value(step.description, "long"),
                  { kind: "text", text: " — " },
                  ...ctx.t("waiting"),
                ]
              : ctx.value(step.description, "long"),
            ctx.t(`who.${step.who}`),
            ctx.date(step.due),
            [{ kind: "tick", ticked: step.done }],
          ]),
        });
    }
  }
  return blocks;
}

function chartSection(data: z.output<typeof MyPlanData>, ctx: Ctx): Block[] {
  const scores = data.selfEvaluation;
  if (scores === undefined) return [];
  const codes = [...new Set([...Object.keys(scores.t0 ?? {}), ...Object.keys(scores.t1 ?? {})])];
  const rows = codes.map((domain) => ({
    domain,
    t0: scores.t0?.[domain] ?? null,
    t1: scores.t1?.[domain] ?? null,
  }));
  const show = (value: number | null): Inline[] =>
    value === null ? ctx.value(undefined) : [{ kind: "text", text: ctx.number(value, 1) }];
  const figure = radarFigure(ctx, rows, ctx.text("chartAlt"), ctx.t("chartAlt"));
  return [
    { kind: "page-break" },
    { kind: "heading", level: 2, content: ctx.t("chartHeading") },
    { kind: "paragraph", content: ctx.t("chartIntro") },
    ...(figure === undefined ? [] : [figure]),
    // The table is the chart's text alternative, readable without help.
    {
      kind: "table",
      head: [ctx.t("scoreColumn"), ctx.t("startColumn"), ctx.t("endColumn")],
      rows: rows.map((row) => [
        [{ kind: "text", text: ctx.domain(row.domain) }],
        show(row.t0),
        show(row.t1),
      ]),
    },
  ];
}

function groupSection(data: z.output<typeof MyPlanData>, ctx: Ctx): Block[] {
  const sessions = data.comingSessions ?? [];
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: ctx.t("groupHeading") },
    { kind: "heading", level: 3, content: ctx.t("sessionsHeading") },
    sessions.length === 0
      ? { kind: "paragraph", content: ctx.t("noSessions") }
      : {
          kind: "table",
          head: [
            ctx.t("dateColumn"),
            ctx.t("timeColumn"),
            ctx.t("placeColumn"),
            ctx.t("topicColumn"),
            ctx.t("childrenColumn"),
          ],
          rows: sessions.map((session) => [
            ctx.date(session.date),
            ctx.value(session.time),
            ctx.value(session.place, "long"),
            ctx.value(session.topic, "long"),
            ctx.yesNo(session.withChildren),
          ]),
        },
    { kind: "heading", level: 3, content: ctx.t("topicsHeading") },
    { kind: "paragraph", content: ctx.t("topicsIntro") },
  ];
  const chosen = data.chosenTopics ?? [];
  if (chosen.length > 0)
    blocks.push({ kind: "list", items: chosen.map((topic) => ({ content: ctx.value(topic) })) });
  const mine = data.proposedTopics ?? [];
  if (mine.length > 0)
    blocks.push(
      { kind: "heading", level: 3, content: ctx.t("myTopicsHeading") },
      {
        kind: "list",
        items: mine.map((entry) => ({
          content: [
            ...ctx.value(entry.topic),
            { kind: "text", text: ` (${ctx.label(proposalStatuses, entry.status)})` },
          ],
        })),
      },
    );
  return blocks;
}

function rightsSection(data: z.output<typeof MyPlanData>, ctx: Ctx): Block[] {
  const catalogue = new Map(
    rightsCatalogue(ctx.settings.region).map((entry) => [entry.code, entry]),
  );
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: ctx.t("rightsHeading") },
    { kind: "paragraph", content: ctx.t("rightsIntro") },
  ];
  if (data.rights.length === 0)
    return [...blocks, { kind: "paragraph", content: ctx.t("noRights") }];
  blocks.push({
    kind: "table",
    head: [ctx.t("rightColumn"), ctx.t("stageColumn"), ctx.t("contactColumn")],
    rows: data.rights.map((entry) => {
      const regional = catalogue.get(entry.right);
      const providers = regional?.providers
        .map((provider) => provider.name[ctx.language])
        .join(" / ");
      // The address without its scheme: she types it, and the page links nowhere.
      const site = regional?.contact?.url?.replace(/^https?:\/\//, "").replace(/\/$/, "");
      const contact = [providers, regional?.contact?.phone, site]
        .filter((part): part is string => part !== undefined && part !== "")
        .join(" · ");
      return [
        [{ kind: "text", text: ctx.label(rights, entry.right) }],
        ctx.t(`stage.${entry.stage}`),
        ctx.value(contact, "long"),
      ];
    }),
  });
  return blocks;
}

function dataSection(data: z.output<typeof MyPlanData>, ctx: Ctx): Block[] {
  return [
    { kind: "heading", level: 2, content: ctx.t("dataHeading") },
    { kind: "paragraph", content: ctx.t("dataIntro") },
    {
      kind: "list",
      items: data.consentScopes.map((scope) => ({
        content: [{ kind: "text", text: ctx.label(consentScopes, scope), strong: true }],
        items: [ctx.t(`sees.${scope}`)],
      })),
    },
    {
      kind: "paragraph",
      content:
        data.privacyContact === undefined
          ? ctx.t("copyAskHer")
          : ctx.t("copy", { contact: ctx.value(data.privacyContact, "long") }),
    },
    { kind: "paragraph", content: ctx.t("withdraw") },
  ];
}

/**
 * "My plan" (issue #20, "De moeders hebben de regie"): her own view in plain language, in
 * large type: her goals in her words and the steps agreed, who does what by when,
 * progress as steps taken; her start and end self-evaluation only when she wants it; her
 * group's coming sessions and chosen topics; her rights check; what the OCMW records
 * and who sees it. The case manager prints it at each plan update; no account needed.
 */
export const myPlan = defineTemplate({
  id: "my-plan",
  audience: "participant",
  schema: MyPlanData,
  messages,
  build: (data, ctx) => {
    const name = data.participant.givenName;
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", { name, date: ctx.date(data.printedOn) }),
      confidential: true,
      largeType: true,
      blocks: [
        { kind: "paragraph", style: "lead", content: ctx.t("intro", { name }) },
        ...(data.caseManager === undefined
          ? []
          : [
              {
                kind: "paragraph",
                content: ctx.t("caseManager", { name: data.caseManager }),
              } as Block,
            ]),
        ...goalsSection(data, ctx),
        ...groupSection(data, ctx),
        ...rightsSection(data, ctx),
        ...dataSection(data, ctx),
        ...chartSection(data, ctx),
      ],
    };
  },
});
