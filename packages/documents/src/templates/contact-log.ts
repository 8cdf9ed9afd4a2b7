import { contactModes, Timestamp, trajectoryEventData } from "@miriam/schemas";
import { compareEventTimes } from "@miriam/trajectory";
import { z } from "zod";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { NOBODY } from "./_blank";
import { fullName, ParticipantName } from "./_shared";

/**
 * The data of the individual contact log: the `contact.held` and `referral.made` events
 * of one trajectory, each its data with the event's time `at`.
 */
export const ContactLogData = z.strictObject({
  participant: ParticipantName,
  contacts: z.array(trajectoryEventData["contact.held"].extend({ at: Timestamp })),
  referrals: z.array(trajectoryEventData["referral.made"].extend({ at: Timestamp })).optional(),
});

/** The data of the individual contact log. */
export type ContactLogData = z.input<typeof ContactLogData>;

const messages = defineMessages({
  title: {
    nl: "Logboek individuele contacten",
    fr: "Journal des contacts individuels",
    de: "Protokoll der Einzelkontakte",
    en: "Individual contact log",
  },
  summary: {
    nl: "{count} contacten, samen {hours} uur.",
    fr: "{count} contacts, au total {hours} heures.",
    de: "{count} Kontakte, zusammen {hours} Stunden.",
    en: "{count} contacts, {hours} hours in all.",
  },
  dateColumn: { nl: "Datum", fr: "Date", de: "Datum", en: "Date" },
  modeColumn: { nl: "Soort", fr: "Type", de: "Art", en: "Mode" },
  domainsColumn: {
    nl: "Levensdomeinen",
    fr: "Domaines de vie",
    de: "Lebensbereiche",
    en: "Life domains",
  },
  minutesColumn: { nl: "Min.", fr: "Min.", de: "Min.", en: "Min." },
  noteColumn: { nl: "Notitie", fr: "Note", de: "Notiz", en: "Note" },
  referralsHeading: {
    nl: "Doorverwijzingen",
    fr: "Orientations",
    de: "Vermittlungen",
    en: "Referrals",
  },
  partnerColumn: { nl: "Partner", fr: "Partenaire", de: "Partner", en: "Partner" },
  domainColumn: {
    nl: "Levensdomein",
    fr: "Domaine de vie",
    de: "Lebensbereich",
    en: "Life domain",
  },
  noReferrals: {
    nl: "Geen doorverwijzingen.",
    fr: "Aucune orientation.",
    de: "Keine Vermittlungen.",
    en: "No referrals.",
  },
});

/**
 * The individual contact log (*individueel luik / accompagnement individuel*): every
 * contact with its date, mode, life domains, length and note, then the referrals to
 * partners, with empty rows to add contacts by hand. For the case manager.
 */
export const contactLog = defineTemplate({
  id: "contact-log",
  audience: "worker",
  schema: ContactLogData,
  messages,
  blank: { data: () => ({ participant: NOBODY, contacts: [] }) },
  build: (data, ctx) => {
    const contacts = [...data.contacts].sort(compareEventTimes);
    const minutes = contacts.reduce((sum, contact) => sum + contact.minutes, 0);
    const referrals = [...(data.referrals ?? [])].sort(compareEventTimes);
    return {
      title: ctx.text("title"),
      subtitle: fullName(ctx, data.participant),
      confidential: true,
      blocks: [
        {
          kind: "paragraph",
          content: ctx.t("summary", { count: contacts.length, hours: ctx.number(minutes / 60, 1) }),
        },
        {
          kind: "table",
          head: [
            ctx.t("dateColumn"),
            ctx.t("modeColumn"),
            ctx.t("domainsColumn"),
            ctx.t("minutesColumn"),
            ctx.t("noteColumn"),
          ],
          rows: contacts.map((contact) => [
            ctx.date(contact.at),
            [{ kind: "text", text: ctx.label(contactModes, contact.mode) }],
            ctx.value(contact.domains.map((code) => ctx.domain(code)).join(", ")),
            [{ kind: "text", text: ctx.number(contact.minutes) }],
            contact.note === undefined ? [] : ctx.value(contact.note),
          ]),
          blankRows: 3,
        },
        { kind: "heading", level: 2, content: ctx.t("referralsHeading") },
        referrals.length === 0
          ? { kind: "paragraph", content: ctx.t("noReferrals") }
          : {
              kind: "table",
              head: [ctx.t("dateColumn"), ctx.t("partnerColumn"), ctx.t("domainColumn")],
              rows: referrals.map((referral) => [
                ctx.date(referral.at),
                ctx.value(referral.partner),
                [{ kind: "text", text: ctx.domain(referral.domain) }],
              ]),
            },
      ],
    };
  },
});
