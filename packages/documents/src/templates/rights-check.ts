import {
  CalendarDate,
  documentTitles,
  providerNames,
  regions,
  rightStatuses,
  rightsCatalogue,
  trajectoryEventData,
} from "@miriam/schemas";
import { z } from "zod";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { NOBODY } from "./_blank";
import { fullName, ParticipantName } from "./_shared";

/**
 * The data of the rights check: her name and the latest `right.updated` data per right.
 * Rights of the region's catalogue without an entry print with a blank status.
 */
export const RightsCheckData = z.strictObject({
  participant: ParticipantName,
  checkedOn: CalendarDate.optional(),
  rights: z.array(
    trajectoryEventData["right.updated"].extend({ updatedOn: CalendarDate.optional() }),
  ),
});

/** The data of the rights check. */
export type RightsCheckData = z.input<typeof RightsCheckData>;

const messages = defineMessages({
  // The document's name for staff and for her is the same: the vocabulary's.
  title: documentTitles.terms.find((term) => term.code === "rights-check")!.labels,
  intro: {
    nl: "Het leefloon komt pas als laatste. Eerst gaan we samen na op welke andere rechten {name} aanspraak maakt. Regio: {region}.",
    fr: "Le revenu d'intégration vient en dernier. D'abord, nous vérifions ensemble à quels autres droits {name} peut prétendre. Région : {region}.",
    de: "Das Eingliederungseinkommen kommt zuletzt. Zuerst prüfen wir gemeinsam, welche anderen Ansprüche {name} hat. Region: {region}.",
    en: "The living wage comes last. First we check together which other rights {name} has. Region: {region}.",
  },
  rightColumn: { nl: "Recht", fr: "Droit", de: "Anspruch", en: "Right" },
  providerColumn: { nl: "Bij wie", fr: "Auprès de", de: "Zuständig", en: "Handled by" },
  statusColumn: { nl: "Stand", fr: "Statut", de: "Stand", en: "Status" },
  dateColumn: { nl: "Sinds", fr: "Depuis", de: "Seit", en: "Since" },
  noteColumn: { nl: "Opmerking", fr: "Remarque", de: "Bemerkung", en: "Note" },
  legendHeading: {
    nl: "Mogelijke stand",
    fr: "Statuts possibles",
    de: "Möglicher Stand",
    en: "Possible statuses",
  },
  summary: {
    nl: "Toegekend: {granted}. Aangevraagd, nog geen antwoord: {applied}. Heeft recht, nog aan te vragen: {eligible}.",
    fr: "Octroyés : {granted}. Demandés, sans réponse : {applied}. Y a droit, à demander : {eligible}.",
    de: "Bewilligt: {granted}. Beantragt, noch ohne Antwort: {applied}. Anspruchsberechtigt, noch zu beantragen: {eligible}.",
    en: "Granted: {granted}. Applied for, no answer yet: {applied}. Eligible, still to apply: {eligible}.",
  },
});

/**
 * The rights check (*uitputting van rechten / épuisement des droits*): every right of
 * the project's region's catalogue, who handles it there, and where it stands.
 */
export const rightsCheck = defineTemplate({
  id: "rights-check",
  audience: "worker",
  schema: RightsCheckData,
  messages,
  blank: { data: () => ({ participant: NOBODY, rights: [] }) },
  build: (data, ctx) => {
    const region = ctx.settings.region;
    const byRight = new Map(data.rights.map((entry) => [entry.right, entry]));
    const count = (status: string) => data.rights.filter((entry) => entry.status === status).length;
    return {
      title: ctx.text("title"),
      subtitle: ctx.join([fullName(ctx, data.participant), ctx.date(data.checkedOn)], " · "),
      confidential: true,
      blocks: [
        {
          kind: "paragraph",
          content: ctx.t("intro", {
            name: data.participant.givenName,
            region: ctx.label(regions, region),
          }),
        },
        {
          kind: "table",
          head: [
            ctx.t("rightColumn"),
            ctx.t("providerColumn"),
            ctx.t("statusColumn"),
            ctx.t("dateColumn"),
            ctx.t("noteColumn"),
          ],
          rows: rightsCatalogue(region).map((right) => {
            const entry = byRight.get(right.code);
            const provider = providerNames(right, ctx.language);
            return [
              [{ kind: "text", text: right.labels[ctx.language] }],
              provider === undefined ? [] : [{ kind: "text", text: provider }],
              entry === undefined
                ? ctx.value(undefined)
                : [{ kind: "text", text: ctx.label(rightStatuses, entry.status), strong: true }],
              ctx.date(entry?.updatedOn),
              ctx.value(entry?.note, "long"),
            ];
          }),
        },
        {
          kind: "paragraph",
          content: ctx.t("summary", {
            granted: count("granted"),
            applied: count("applied"),
            eligible: count("eligible"),
          }),
        },
        { kind: "heading", level: 2, content: ctx.t("legendHeading") },
        {
          kind: "paragraph",
          style: "small",
          content: [
            {
              kind: "text",
              text: rightStatuses.terms.map((term) => term.labels[ctx.language]).join(" · "),
            },
          ],
        },
      ],
    };
  },
});
