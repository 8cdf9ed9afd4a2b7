import { CalendarDate, Id } from "@miriam/schemas";
import { z } from "zod";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { PersonName } from "./_shared";

/**
 * The data of the information sheet and invitation to the information talk. Nothing
 * here is required: a sheet without data is a general leaflet with blanks to fill in.
 * `groupId` picks the group of the project settings whose start and rhythm it shows.
 */
export const InformationSheetData = z.strictObject({
  givenName: z.string().min(1).max(100).optional(),
  groupId: Id.optional(),
  invitation: z
    .strictObject({
      date: CalendarDate.optional(),
      time: z
        .string()
        .regex(/^\d{2}:\d{2}$/, "a time as HH:MM")
        .optional(),
      place: z.string().min(1).max(200).optional(),
    })
    .optional(),
  contact: z
    .strictObject({
      name: PersonName.optional(),
      phone: z.string().max(40).optional(),
      email: z.email().optional(),
    })
    .optional(),
});

/** The data of the information sheet. */
export type InformationSheetData = z.input<typeof InformationSheetData>;

const messages = defineMessages({
  title: {
    nl: "MIRIAM: samen sterker",
    fr: "MIRIAM : ensemble, plus fortes",
    de: "MIRIAM: gemeinsam stärker",
    en: "MIRIAM: stronger together",
  },
  greeting: { nl: "Dag {name},", fr: "Bonjour {name},", de: "Hallo {name},", en: "Hello {name}," },
  intro: {
    nl: "Ben je alleen met je kinderen? Is het soms zwaar? {ocmw} start een groep MIRIAM. Je krijgt steun, voor jou en je gezin.",
    fr: "Vous êtes seule avec vos enfants ? C'est parfois difficile ? {LeOcmw} lance un groupe MIRIAM. Vous recevez du soutien, pour vous et votre famille.",
    de: "Sind Sie mit Ihren Kindern allein? Ist es manchmal schwer? {ocmw} startet eine MIRIAM-Gruppe. Sie bekommen Unterstützung, für sich und Ihre Familie.",
    en: "Are you on your own with your children? Is it hard sometimes? {ocmw} is starting a MIRIAM group. You get support, for you and your family.",
  },
  whatHeading: {
    nl: "Wat is MIRIAM?",
    fr: "Qu'est-ce que MIRIAM ?",
    de: "Was ist MIRIAM?",
    en: "What is MIRIAM?",
  },
  whatIndividual: {
    nl: "Je eigen casemanager. Jullie zien elkaar om de twee weken, bij jou thuis, op het OCMW of waar jij wil.",
    fr: "Votre propre case manager. Vous vous voyez toutes les deux semaines, chez vous, au CPAS ou où vous voulez.",
    de: "Ihre eigene Case-Managerin oder Ihr eigener Case-Manager. Sie sehen sich alle zwei Wochen, bei Ihnen zu Hause, im ÖSHZ oder wo Sie möchten.",
    en: "Your own case manager. You meet every two weeks, at your home, at the OCMW or wherever you like.",
  },
  whatGroup: {
    nl: "Een groep van {min} tot {max} moeders. Jullie komen om de {days} dagen samen. Jullie kiezen mee de thema's. Soms gaan de kinderen mee.",
    fr: "Un groupe de {min} à {max} mères. Vous vous réunissez tous les {days} jours. Vous choisissez les thèmes ensemble. Parfois, les enfants viennent aussi.",
    de: "Eine Gruppe von {min} bis {max} Müttern. Sie treffen sich alle {days} Tage. Sie wählen die Themen mit. Manchmal kommen die Kinder mit.",
    en: "A group of {min} to {max} mothers. You meet every {days} days. You help choose the topics. Sometimes the children come too.",
  },
  whatGoals: {
    nl: "Jij kiest je eigen doelen: over geld, wonen, werk, je kinderen, je gezondheid of iets anders.",
    fr: "Vous choisissez vos propres objectifs : argent, logement, travail, enfants, santé ou autre chose.",
    de: "Sie wählen Ihre eigenen Ziele: Geld, Wohnen, Arbeit, Ihre Kinder, Ihre Gesundheit oder etwas anderes.",
    en: "You choose your own goals: about money, housing, work, your children, your health or something else.",
  },
  whatRights: {
    nl: "We zoeken samen uit op welke rechten en hulp je recht hebt.",
    fr: "Nous cherchons ensemble les droits et aides auxquels vous avez droit.",
    de: "Wir finden gemeinsam heraus, welche Ansprüche und Hilfen Sie haben.",
    en: "We find out together which rights and help you are entitled to.",
  },
  howLong: {
    nl: "Het traject start op {start} en duurt ongeveer {months} maanden.",
    fr: "Le parcours commence le {start} et dure environ {months} mois.",
    de: "Die Begleitung beginnt am {start} und dauert etwa {months} Monate.",
    en: "The trajectory starts on {start} and lasts about {months} months.",
  },
  freeHeading: {
    nl: "Goed om te weten",
    fr: "Bon à savoir",
    de: "Gut zu wissen",
    en: "Good to know",
  },
  free: {
    nl: "Meedoen is gratis.",
    fr: "La participation est gratuite.",
    de: "Die Teilnahme ist kostenlos.",
    en: "Taking part is free.",
  },
  voluntary: {
    nl: "Je kiest zelf of je meedoet. Zeg je nee, dan verandert er niets aan je andere hulp van het OCMW.",
    fr: "Vous choisissez vous-même de participer. Si vous dites non, cela ne change rien à vos autres aides du CPAS.",
    de: "Sie entscheiden selbst, ob Sie mitmachen. Wenn Sie nein sagen, ändert sich nichts an Ihren anderen Hilfen vom ÖSHZ.",
    en: "You decide yourself whether to take part. If you say no, nothing changes in your other help from the OCMW.",
  },
  privacy: {
    nl: "Wat je vertelt, schrijven we op in je dossier bij het OCMW. Alleen wie je begeleidt bij het OCMW, kan het lezen.",
    fr: "Ce que vous racontez est noté dans votre dossier au CPAS. Seules les personnes qui vous accompagnent au CPAS peuvent le lire.",
    de: "Was Sie erzählen, schreiben wir in Ihre Akte beim ÖSHZ. Nur wer Sie im ÖSHZ begleitet, kann es lesen.",
    en: "What you tell us is written in your file at the OCMW. Only the people who support you at the OCMW can read it.",
  },
  privacyFunder: {
    nl: "De overheid die MIRIAM betaalt, krijgt alleen cijfers zonder namen.",
    fr: "L'administration qui finance MIRIAM reçoit seulement des chiffres, sans noms.",
    de: "Die Behörde, die MIRIAM bezahlt, bekommt nur Zahlen ohne Namen.",
    en: "The government that pays for MIRIAM only gets figures, without names.",
  },
  privacyResearch: {
    nl: "Onderzoekers krijgen je gegevens alleen als jij daar ja op zegt.",
    fr: "Les chercheurs reçoivent vos données seulement si vous dites oui.",
    de: "Forscherinnen und Forscher bekommen Ihre Daten nur, wenn Sie ja sagen.",
    en: "Researchers only get your data if you say yes.",
  },
  invitationHeading: {
    nl: "Kom kennismaken",
    fr: "Venez faire connaissance",
    de: "Kommen Sie zum Kennenlernen",
    en: "Come and meet us",
  },
  invitation: {
    nl: "We nodigen je uit voor een kort gesprek. We vertellen meer over MIRIAM en jij stelt je vragen. Daarna beslis je zelf.",
    fr: "Nous vous invitons à un court entretien. Nous vous expliquons MIRIAM et vous posez vos questions. Ensuite, vous décidez vous-même.",
    de: "Wir laden Sie zu einem kurzen Gespräch ein. Wir erzählen mehr über MIRIAM und Sie stellen Ihre Fragen. Danach entscheiden Sie selbst.",
    en: "We invite you to a short talk. We tell you more about MIRIAM and you ask your questions. Then you decide.",
  },
  when: { nl: "Wanneer", fr: "Quand", de: "Wann", en: "When" },
  whenValue: {
    nl: "{date} om {time}",
    fr: "le {date} à {time}",
    de: "am {date} um {time}",
    en: "{date} at {time}",
  },
  where: { nl: "Waar", fr: "Où", de: "Wo", en: "Where" },
  contactHeading: { nl: "Vragen?", fr: "Des questions ?", de: "Fragen?", en: "Questions?" },
  contactName: {
    nl: "Bel of mail",
    fr: "Appelez ou écrivez à",
    de: "Rufen Sie an oder schreiben Sie",
    en: "Call or e-mail",
  },
  phone: { nl: "Telefoon", fr: "Téléphone", de: "Telefon", en: "Phone" },
  email: { nl: "E-mail", fr: "E-mail", de: "E-Mail", en: "E-mail" },
});

/**
 * The information sheet and invitation to the information talk (*informatief gesprek /
 * entretien d'information*), written to her in plain language: what MIRIAM is, that it
 * is free and voluntary, and when and where to come.
 */
export const informationSheet = defineTemplate({
  id: "information-sheet",
  audience: "participant",
  schema: InformationSheetData,
  messages,
  blank: { data: () => ({}) },
  build: (data, ctx) => {
    const group =
      ctx.settings.groups.find((g) => g.id === data.groupId) ??
      (data.groupId === undefined ? ctx.settings.groups[0] : undefined);
    const invitation = data.invitation ?? {};
    const contact = data.contact ?? {};
    return {
      title: ctx.text("title"),
      confidential: data.givenName !== undefined,
      blocks: [
        ...(data.givenName === undefined
          ? []
          : [{ kind: "paragraph" as const, content: ctx.t("greeting", { name: data.givenName }) }]),
        {
          kind: "paragraph",
          style: "lead",
          content: ctx.t("intro", { ocmw: ctx.settings.ocmw.name }),
        },
        { kind: "heading", level: 2, content: ctx.t("whatHeading") },
        {
          kind: "list",
          items: [
            { content: ctx.t("whatIndividual") },
            {
              content: ctx.t("whatGroup", {
                min: ctx.settings.fidelity.groupSize.min,
                max: ctx.settings.fidelity.groupSize.max,
                days: group?.sessionCadenceDays,
              }),
            },
            { content: ctx.t("whatGoals") },
            { content: ctx.t("whatRights") },
          ],
        },
        {
          kind: "paragraph",
          content: ctx.t("howLong", {
            start: ctx.date(group?.startDate),
            months: ctx.settings.trajectoryLengthMonths,
          }),
        },
        { kind: "heading", level: 2, content: ctx.t("freeHeading") },
        {
          kind: "list",
          items: [
            { content: ctx.t("free") },
            { content: ctx.t("voluntary") },
            { content: ctx.t("privacy") },
            { content: ctx.t("privacyFunder") },
            { content: ctx.t("privacyResearch") },
          ],
        },
        { kind: "heading", level: 2, content: ctx.t("invitationHeading") },
        { kind: "paragraph", content: ctx.t("invitation") },
        {
          kind: "fields",
          rows: [
            {
              label: ctx.t("when"),
              value: ctx.t("whenValue", { date: ctx.date(invitation.date), time: invitation.time }),
            },
            { label: ctx.t("where"), value: ctx.value(invitation.place, "long") },
          ],
        },
        { kind: "heading", level: 2, content: ctx.t("contactHeading") },
        {
          kind: "fields",
          rows: [
            { label: ctx.t("contactName"), value: ctx.value(contact.name, "long") },
            { label: ctx.t("phone"), value: ctx.value(contact.phone, "long") },
            { label: ctx.t("email"), value: ctx.value(contact.email, "long") },
          ],
        },
      ],
    };
  },
});
