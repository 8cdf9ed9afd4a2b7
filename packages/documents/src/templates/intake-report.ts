import {
  CalendarDate,
  consentScopes,
  helplineDirectory,
  helplines,
  helplinesFor,
  intakeLocations,
  intakeSafety,
  lifeDomains,
  ParticipantProfile,
  roles,
  trajectoryEventData,
} from "@miriam/schemas";
import { z } from "zod";
import type { Inline } from "../blocks";
import { termHeading } from "../common-messages";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { NOBODY } from "./_blank";
import { fullName, PersonName } from "./_shared";

const profile = ParticipantProfile.shape;

/**
 * The data of the intake report: her profile's name and contact details, the
 * `intake.held` event's data (place, household, situation per life domain) and the
 * scopes of `consent.given`, if she consented yet.
 */
export const IntakeReportData = z.strictObject({
  participant: z.strictObject({
    givenName: profile.givenName,
    familyName: profile.familyName.optional(),
    birthDate: profile.birthDate,
    phone: profile.phone,
    email: profile.email,
    address: profile.address,
  }),
  heldOn: CalendarDate.optional(),
  intake: trajectoryEventData["intake.held"],
  consentScopes: trajectoryEventData["consent.given"].shape.scopes.optional(),
  caseManager: PersonName.optional(),
});

/** The data of the intake report. */
export type IntakeReportData = z.input<typeof IntakeReportData>;

// A vocabulary's words as a document's inline text.
// A vocabulary's label as a field's label: its first letter in capitals.
const term = (text: string): Inline[] => [
  { kind: "text", text: text.charAt(0).toLocaleUpperCase() + text.slice(1) },
];

const messages = defineMessages({
  title: {
    nl: "Verslag van het intakegesprek",
    fr: "Rapport de l'entretien d'accueil",
    de: "Bericht über das Aufnahmegespräch",
    en: "Intake report",
  },
  personHeading: termHeading(roles, "participant"),
  birthDate: {
    nl: "Geboortedatum",
    fr: "Date de naissance",
    de: "Geburtsdatum",
    en: "Date of birth",
  },
  address: { nl: "Adres", fr: "Adresse", de: "Adresse", en: "Address" },
  phone: { nl: "Telefoon", fr: "Téléphone", de: "Telefon", en: "Phone" },
  email: { nl: "E-mail", fr: "E-mail", de: "E-Mail", en: "E-mail" },
  talkHeading: { nl: "Het gesprek", fr: "L'entretien", de: "Das Gespräch", en: "The talk" },
  date: { nl: "Datum", fr: "Date", de: "Datum", en: "Date" },
  place: { nl: "Plaats", fr: "Lieu", de: "Ort", en: "Place" },
  homeVisit: {
    nl: "Huisbezoek",
    fr: "Visite à domicile",
    de: "Hausbesuch",
    en: "Home visit",
  },
  caseManager: termHeading(roles, "case-manager"),
  householdHeading: { nl: "Gezin", fr: "Ménage", de: "Haushalt", en: "Household" },
  children: {
    nl: "Kinderen die bij haar wonen",
    fr: "Enfants qui vivent avec elle",
    de: "Kinder, die bei ihr leben",
    en: "Children living with her",
  },
  childBorn: {
    nl: "geboren in {year}",
    fr: "né(e) en {year}",
    de: "geboren {year}",
    en: "born in {year}",
  },
  noChildren: {
    nl: "geen kinderen ingevuld",
    fr: "aucun enfant indiqué",
    de: "keine Kinder angegeben",
    en: "no children recorded",
  },
  situationHeading: {
    nl: "Haar situatie per levensdomein",
    fr: "Sa situation par domaine de vie",
    de: "Ihre Situation nach Lebensbereichen",
    en: "Her situation per life domain",
  },
  situationIntro: {
    nl: "Zoals zij het vertelt. Een leeg vak is nog niet besproken.",
    fr: "Comme elle le raconte. Une case vide n'a pas encore été abordée.",
    de: "So, wie sie es erzählt. Ein leeres Feld wurde noch nicht besprochen.",
    en: "As she tells it. An empty box has not been discussed yet.",
  },
  domainColumn: {
    nl: "Levensdomein",
    fr: "Domaine de vie",
    de: "Lebensbereich",
    en: "Life domain",
  },
  wantsColumn: {
    nl: "Wil eraan werken",
    fr: "Veut y travailler",
    de: "Möchte daran arbeiten",
    en: "Wants to work on it",
  },
  noteColumn: {
    nl: "Wat zij vertelt",
    fr: "Ce qu'elle raconte",
    de: "Was sie erzählt",
    en: "What she says",
  },
  consentHeading: { nl: "Toestemming", fr: "Consentement", de: "Einwilligung", en: "Consent" },
  safetyHeading: { nl: "Veiligheid", fr: "Sécurité", de: "Sicherheit", en: "Safety" },
  safetyNote: {
    nl: "Alleen voor het dossier van de casemanager. Haar antwoord wordt nergens genoteerd. Geef de nummers mondeling of zoals zij het veilig vindt: de kit drukt ze niet af op wat zij mee naar huis neemt.",
    fr: "Uniquement pour le dossier du·de la case manager. Sa réponse n'est notée nulle part. Donnez les numéros oralement ou comme elle le juge sûr : le kit ne les imprime pas sur ce qu'elle emporte chez elle.",
    de: "Nur für die Akte der Case-Managerin oder des Case-Managers. Ihre Antwort wird nirgends festgehalten. Nennen Sie die Nummern mündlich oder so, wie es für sie sicher ist: Das Kit druckt sie nicht auf das, was sie mit nach Hause nimmt.",
    en: "For the case manager's file only. Her answer is recorded nowhere. Give the numbers by word of mouth or as she finds safe: the kit does not print them on what she takes home.",
  },
  helplineColumn: { nl: "Hulplijn", fr: "Ligne d'écoute", de: "Hilfetelefon", en: "Helpline" },
  numberColumn: { nl: "Nummer", fr: "Numéro", de: "Nummer", en: "Number" },
  consentIntro: {
    nl: "Toestemming gegeven voor:",
    fr: "Consentement donné pour :",
    de: "Einwilligung erteilt für:",
    en: "Consent given for:",
  },
  consentMissing: {
    nl: "Nog geen toestemming geregistreerd. Zonder toestemming worden geen persoonsgegevens bewaard buiten de doorverwijzing.",
    fr: "Aucun consentement enregistré. Sans consentement, aucune donnée personnelle n'est conservée au-delà de l'orientation.",
    de: "Noch keine Einwilligung erfasst. Ohne Einwilligung werden über die Zuweisung hinaus keine personenbezogenen Daten gespeichert.",
    en: "No consent recorded yet. Without consent, no personal data beyond the referral is kept.",
  },
});

/**
 * The intake report (*intakegesprek / entretien d'accueil*), often a home visit: who she
 * is, her household, her situation per life domain in her words, and her consent. For
 * the case manager's file.
 */
export const intakeReport = defineTemplate({
  id: "intake-report",
  audience: "worker",
  schema: IntakeReportData,
  messages,
  blank: {
    data: () => ({
      participant: NOBODY,
      intake: { household: { childrenBirthYears: [] }, situation: [] },
    }),
  },
  build: (data, ctx) => {
    const { participant, intake } = data;
    const address: Inline[] = participant.address
      ? ctx.value(
          `${participant.address.street}, ${participant.address.postalCode} ${participant.address.municipality}`,
        )
      : ctx.value(undefined, "long");
    const domains: readonly string[] =
      ctx.settings.domains?.map((d) => d.code) ?? lifeDomains.codes;
    const byDomain = new Map(intake.situation.map((entry) => [entry.domain, entry]));
    const place =
      intake.location === "home"
        ? [
            { kind: "tick" as const, ticked: true },
            { kind: "text" as const, text: " " },
            ...ctx.t("homeVisit"),
          ]
        : ctx.value(ctx.label(intakeLocations, intake.location));
    const children = intake.household.childrenBirthYears;
    return {
      title: ctx.text("title"),
      subtitle: ctx.join([fullName(ctx, participant), ctx.date(data.heldOn)], " · "),
      confidential: true,
      blocks: [
        { kind: "heading", level: 2, content: ctx.t("personHeading") },
        {
          kind: "fields",
          rows: [
            { label: ctx.common("name"), value: fullName(ctx, participant) },
            { label: ctx.t("birthDate"), value: ctx.date(participant.birthDate) },
            { label: ctx.t("address"), value: address },
            { label: ctx.t("phone"), value: ctx.value(participant.phone, "long") },
            { label: ctx.t("email"), value: ctx.value(participant.email, "long") },
          ],
        },
        { kind: "heading", level: 2, content: ctx.t("talkHeading") },
        {
          kind: "fields",
          rows: [
            { label: ctx.t("date"), value: ctx.date(data.heldOn) },
            { label: ctx.t("place"), value: place },
            { label: ctx.t("caseManager"), value: ctx.value(data.caseManager, "long") },
          ],
        },
        { kind: "heading", level: 2, content: ctx.t("householdHeading") },
        {
          kind: "fields",
          rows: [
            {
              label: ctx.t("children"),
              value:
                children.length === 0
                  ? ctx.t("noChildren")
                  : [
                      { kind: "text", text: `${ctx.number(children.length)}: ` },
                      ...ctx.join(
                        children.map((year) => ctx.t("childBorn", { year: String(year) })),
                      ),
                    ],
            },
          ],
        },
        { kind: "heading", level: 2, content: ctx.t("situationHeading") },
        { kind: "paragraph", style: "small", content: ctx.t("situationIntro") },
        {
          kind: "table",
          head: [ctx.t("domainColumn"), ctx.t("wantsColumn"), ctx.t("noteColumn")],
          rows: [
            ...domains,
            ...intake.situation.map((e) => e.domain).filter((code) => !domains.includes(code)),
          ].map((code) => {
            const entry = byDomain.get(code);
            return [
              [{ kind: "text", text: ctx.domain(code) }],
              ctx.yesNo(entry?.wantsToWorkOnIt),
              ctx.value(entry?.note, "long"),
            ];
          }),
        },
        { kind: "heading", level: 2, content: ctx.t("consentHeading") },
        ...(data.consentScopes === undefined
          ? [{ kind: "paragraph" as const, content: ctx.t("consentMissing") }]
          : [
              { kind: "paragraph" as const, content: ctx.t("consentIntro") },
              {
                kind: "list" as const,
                plain: true,
                items: consentScopes.codes.map((scope) => ({
                  content: [
                    { kind: "tick" as const, ticked: data.consentScopes?.includes(scope) === true },
                    { kind: "text" as const, text: ` ${ctx.label(consentScopes, scope)}` },
                  ],
                })),
              },
            ]),
        { kind: "heading", level: 2, content: ctx.t("safetyHeading") },
        {
          kind: "fields",
          rows: [
            {
              label: term(ctx.label(intakeSafety, "asked")),
              value: ctx.yesNo(intake.safety?.asked),
            },
            {
              label: term(ctx.label(intakeSafety, "referred")),
              value: ctx.yesNo(intake.safety?.referred),
            },
            {
              label: term(helplines.title[ctx.language]),
              value: ctx.value(
                intake.safety?.helplines?.map((code) => ctx.label(helplines, code)).join(", "),
              ),
            },
          ],
        },
        { kind: "paragraph", style: "small", content: ctx.t("safetyNote") },
        {
          kind: "table",
          head: [ctx.t("helplineColumn"), ctx.t("numberColumn")],
          rows: helplinesFor(ctx.settings.region).map((code) => [
            [{ kind: "text", text: ctx.label(helplines, code) }],
            [{ kind: "text", text: helplineDirectory[code].phone }],
          ]),
        },
      ],
    };
  },
});
