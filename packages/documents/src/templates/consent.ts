import { CalendarDate, consentScopes, trajectoryEventData } from "@miriam/schemas";
import { z } from "zod";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { NOBODY } from "./_blank";
import { fullName, herAndCaseManagerSignatures, ParticipantName, PersonName } from "./_shared";

const consentGiven = trajectoryEventData["consent.given"].shape;

/**
 * The data of the consent form and privacy notice. `scopes` are the scopes she gave
 * (from `consent.given`); leave them out to print empty boxes she ticks herself.
 */
export const ConsentData = z.strictObject({
  participant: ParticipantName,
  noticeVersion: consentGiven.noticeVersion,
  scopes: consentGiven.scopes.optional(),
  retentionYears: z
    .int()
    .min(1)
    .max(30)
    .optional()
    .meta({ description: "How many years after the end of her trajectory her data are kept." }),
  privacyContact: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .meta({ description: "Who to ask about her data: the OCMW's data protection officer." }),
  caseManager: PersonName.optional(),
  date: CalendarDate.optional(),
});

/** The data of the consent form. */
export type ConsentData = z.input<typeof ConsentData>;

const messages = defineMessages({
  title: {
    nl: "Toestemming en privacy",
    fr: "Consentement et vie privée",
    de: "Einwilligung und Datenschutz",
    en: "Consent and privacy",
  },
  intro: {
    nl: "Je doet mee aan MIRIAM bij {ocmw}. Om je goed te helpen, schrijven we een aantal dingen over jou op. Hier lees je wat, waarom en hoe lang. Je leest ook wat je rechten zijn.",
    fr: "Vous participez à MIRIAM {auOcmw}. Pour bien vous aider, nous notons certaines informations sur vous. Vous lisez ici lesquelles, pourquoi et pour combien de temps. Vous lisez aussi quels sont vos droits.",
    de: "Sie nehmen bei {ocmw} an MIRIAM teil. Um Ihnen gut zu helfen, schreiben wir einige Dinge über Sie auf. Hier lesen Sie, was, warum und wie lange. Sie lesen auch, welche Rechte Sie haben.",
    en: "You are taking part in MIRIAM at {ocmw}. To help you well, we write down some things about you. Here you can read what, why and for how long. You can also read what your rights are.",
  },
  whatHeading: {
    nl: "Wat schrijven we op?",
    fr: "Qu'est-ce que nous notons ?",
    de: "Was schreiben wir auf?",
    en: "What do we write down?",
  },
  whatName: {
    nl: "je naam en hoe we je kunnen bereiken",
    fr: "votre nom et comment vous joindre",
    de: "Ihren Namen und wie wir Sie erreichen",
    en: "your name and how to reach you",
  },
  whatFamily: {
    nl: "je gezin: het geboortejaar van je kinderen",
    fr: "votre famille : l'année de naissance de vos enfants",
    de: "Ihre Familie: das Geburtsjahr Ihrer Kinder",
    en: "your family: the year your children were born",
  },
  whatSituation: {
    nl: "hoe het met je gaat, per thema (bijvoorbeeld wonen, geld, gezondheid), en je doelen",
    fr: "comment vous allez, par thème (par exemple logement, argent, santé), et vos objectifs",
    de: "wie es Ihnen geht, nach Themen (zum Beispiel Wohnen, Geld, Gesundheit), und Ihre Ziele",
    en: "how you are doing, per topic (for example housing, money, health), and your goals",
  },
  whatContacts: {
    nl: "onze gesprekken, de groepssessies waar je was, en naar wie we je doorverwijzen",
    fr: "nos entretiens, les séances de groupe où vous étiez, et vers qui nous vous orientons",
    de: "unsere Gespräche, die Gruppentreffen, an denen Sie teilgenommen haben, und an wen wir Sie vermitteln",
    en: "our talks, the group sessions you came to, and who we refer you to",
  },
  whatRights: {
    nl: "welke rechten je hebt en wat je al aanvroeg",
    fr: "les droits auxquels vous avez droit et ce que vous avez déjà demandé",
    de: "welche Ansprüche Sie haben und was Sie schon beantragt haben",
    en: "which rights you have and what you already applied for",
  },
  whatQuestionnaire: {
    nl: "je antwoorden op de vragenlijst bij de start en op het einde",
    fr: "vos réponses au questionnaire au début et à la fin",
    de: "Ihre Antworten auf den Fragebogen am Anfang und am Ende",
    en: "your answers to the questionnaire at the start and at the end",
  },
  whyHeading: { nl: "Waarom?", fr: "Pourquoi ?", de: "Warum?", en: "Why?" },
  why: {
    nl: "We gebruiken deze gegevens alleen om je te begeleiden en om samen je plan op te volgen. Aan de overheid die MIRIAM betaalt, geven we alleen cijfers over de hele groep. Daarin staat geen naam. Kleine aantallen tonen we niet, zodat niemand jou kan herkennen.",
    fr: "Nous utilisons ces informations seulement pour vous accompagner et pour suivre votre plan ensemble. À l'administration qui finance MIRIAM, nous donnons seulement des chiffres sur tout le groupe. Il n'y a aucun nom. Les petits nombres sont cachés, pour que personne ne puisse vous reconnaître.",
    de: "Wir nutzen diese Daten nur, um Sie zu begleiten und Ihren Plan gemeinsam zu verfolgen. Der Behörde, die MIRIAM bezahlt, geben wir nur Zahlen über die ganze Gruppe. Darin steht kein Name. Kleine Zahlen zeigen wir nicht, damit niemand Sie erkennen kann.",
    en: "We use this information only to support you and to follow your plan together. The government that pays for MIRIAM only gets figures about the whole group. They hold no names. We hide small numbers, so nobody can recognise you.",
  },
  howLongHeading: {
    nl: "Hoe lang?",
    fr: "Combien de temps ?",
    de: "Wie lange?",
    en: "For how long?",
  },
  howLong: {
    nl: "We bewaren je gegevens {years} jaar na het einde van je traject. Daarna wissen we ze.",
    fr: "Nous gardons vos informations {years} ans après la fin de votre parcours. Ensuite, nous les effaçons.",
    de: "Wir bewahren Ihre Daten {years} Jahre nach dem Ende Ihrer Begleitung auf. Danach löschen wir sie.",
    en: "We keep your information for {years} years after your trajectory ends. Then we erase it.",
  },
  rightsHeading: { nl: "Jouw rechten", fr: "Vos droits", de: "Ihre Rechte", en: "Your rights" },
  rightAccess: {
    nl: "Inkijken: je mag altijd vragen wat we over jou opschreven. Je krijgt een kopie.",
    fr: "Consulter : vous pouvez toujours demander ce que nous avons noté sur vous. Vous recevez une copie.",
    de: "Einsehen: Sie dürfen immer fragen, was wir über Sie aufgeschrieben haben. Sie bekommen eine Kopie.",
    en: "See it: you can always ask what we wrote down about you. You get a copy.",
  },
  rightCorrection: {
    nl: "Verbeteren: klopt er iets niet, dan passen we het aan.",
    fr: "Corriger : si quelque chose n'est pas juste, nous le corrigeons.",
    de: "Berichtigen: Wenn etwas nicht stimmt, ändern wir es.",
    en: "Correct it: if something is wrong, we change it.",
  },
  rightErasure: {
    nl: "Wissen: je mag vragen om je gegevens te wissen.",
    fr: "Effacer : vous pouvez demander d'effacer vos informations.",
    de: "Löschen: Sie dürfen verlangen, dass wir Ihre Daten löschen.",
    en: "Erase it: you can ask us to erase your information.",
  },
  rightWithdrawal: {
    nl: "Intrekken: je mag je toestemming altijd intrekken. Dat heeft geen gevolgen voor je andere hulp van het OCMW.",
    fr: "Retirer : vous pouvez toujours retirer votre consentement. Cela ne change rien à vos autres aides du CPAS.",
    de: "Widerrufen: Sie dürfen Ihre Einwilligung jederzeit widerrufen. Das ändert nichts an Ihren anderen Hilfen vom ÖSHZ.",
    en: "Withdraw: you can take back your consent at any time. This does not change your other help from the OCMW.",
  },
  rightComplaint: {
    nl: "Ben je niet tevreden over hoe we met je gegevens omgaan? Je mag klacht indienen bij de Gegevensbeschermingsautoriteit.",
    fr: "Vous n'êtes pas satisfaite de la façon dont nous traitons vos informations ? Vous pouvez porter plainte auprès de l'Autorité de protection des données.",
    de: "Sind Sie nicht zufrieden damit, wie wir mit Ihren Daten umgehen? Sie dürfen sich bei der Datenschutzbehörde beschweren.",
    en: "Not happy with how we handle your information? You can complain to the Data Protection Authority.",
  },
  contact: {
    nl: "Vragen over je gegevens? Stel ze aan je casemanager of aan: {contact}",
    fr: "Des questions sur vos informations ? Posez-les à votre case manager ou à : {contact}",
    de: "Fragen zu Ihren Daten? Stellen Sie sie Ihrer Case-Managerin / Ihrem Case-Manager oder an: {contact}",
    en: "Questions about your information? Ask your case manager or: {contact}",
  },
  choiceHeading: { nl: "Jouw keuze", fr: "Votre choix", de: "Ihre Wahl", en: "Your choice" },
  choiceIntro: {
    nl: "Kruis aan waarmee je akkoord gaat. Alleen het eerste is nodig om mee te doen. De andere kies je vrij.",
    fr: "Cochez ce que vous acceptez. Seul le premier point est nécessaire pour participer. Les autres sont libres.",
    de: "Kreuzen Sie an, womit Sie einverstanden sind. Nur der erste Punkt ist für die Teilnahme nötig. Die anderen wählen Sie frei.",
    en: "Tick what you agree to. Only the first is needed to take part. The others are your free choice.",
  },
  agree: {
    nl: "Ik ga akkoord met: {scope}",
    fr: "J'accepte : {scope}",
    de: "Ich bin einverstanden mit: {scope}",
    en: "I agree to: {scope}",
  },
  version: {
    nl: "Versie van deze tekst: {version}",
    fr: "Version de ce texte : {version}",
    de: "Version dieses Textes: {version}",
    en: "Version of this text: {version}",
  },
});

/**
 * The consent form and privacy notice, written to her: what is collected, why, how long,
 * her rights (access, correction, erasure, withdrawal, complaint) and a tick box per
 * consent scope, with signature lines.
 */
export const consent = defineTemplate({
  id: "consent",
  audience: "participant",
  schema: ConsentData,
  messages,
  blank: { data: () => ({ participant: NOBODY }) },
  build: (data, ctx) => ({
    title: ctx.text("title"),
    subtitle: ctx.join([fullName(ctx, data.participant), ctx.date(data.date)], " · "),
    confidential: true,
    blocks: [
      {
        kind: "paragraph",
        style: "lead",
        content: ctx.t("intro", { ocmw: ctx.settings.ocmw.name }),
      },
      { kind: "heading", level: 2, content: ctx.t("whatHeading") },
      {
        kind: "list",
        items: (
          [
            "whatName",
            "whatFamily",
            "whatSituation",
            "whatContacts",
            "whatRights",
            "whatQuestionnaire",
          ] as const
        ).map((key) => ({ content: ctx.t(key) })),
      },
      { kind: "heading", level: 2, content: ctx.t("whyHeading") },
      { kind: "paragraph", content: ctx.t("why") },
      { kind: "heading", level: 2, content: ctx.t("howLongHeading") },
      { kind: "paragraph", content: ctx.t("howLong", { years: data.retentionYears }) },
      { kind: "heading", level: 2, content: ctx.t("rightsHeading") },
      {
        kind: "list",
        items: (["rightAccess", "rightCorrection", "rightErasure", "rightWithdrawal"] as const).map(
          (key) => ({ content: ctx.t(key) }),
        ),
      },
      { kind: "paragraph", content: ctx.t("rightComplaint") },
      {
        kind: "paragraph",
        content: ctx.t("contact", { contact: ctx.value(data.privacyContact, "long") }),
      },
      { kind: "heading", level: 2, content: ctx.t("choiceHeading") },
      { kind: "paragraph", content: ctx.t("choiceIntro") },
      {
        kind: "list",
        plain: true,
        items: consentScopes.codes.map((scope) => ({
          content: [
            { kind: "tick", ticked: data.scopes?.includes(scope) === true },
            { kind: "text", text: " " },
            ...ctx.t("agree", { scope: ctx.label(consentScopes, scope) }),
          ],
        })),
      },
      herAndCaseManagerSignatures(ctx, fullName(ctx, data.participant), data.caseManager),
      {
        kind: "paragraph",
        style: "small",
        content: ctx.t("version", { version: data.noticeVersion }),
      },
    ],
  }),
});
