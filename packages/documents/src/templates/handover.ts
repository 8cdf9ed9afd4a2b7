import {
  CalendarDate,
  Goal,
  goalStatuses,
  labelAndValue,
  rightStatuses,
  rights,
  trajectoryEventData,
} from "@miriam/schemas";
import { z } from "zod";
import type { Block } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";
import { linesInsteadOf, NOBODY } from "./_blank";
import { fullName, ParticipantName, PersonName, stepWhoForWorker } from "./_shared";

/**
 * The data of the handover note: the `handover.done` event's data, her goals that are
 * still open or in progress, and the rights whose latest `right.updated` status still
 * needs follow-up (unknown, eligible, applied).
 */
export const HandoverData = z.strictObject({
  participant: ParticipantName,
  handedOverOn: CalendarDate.optional(),
  startedOn: CalendarDate.optional(),
  handover: trajectoryEventData["handover.done"],
  receivingWorker: PersonName.optional(),
  caseManager: PersonName.optional(),
  openGoals: z.array(Goal),
  pendingRights: z.array(trajectoryEventData["right.updated"]),
});

/** The data of the handover note. */
export type HandoverData = z.input<typeof HandoverData>;

const messages = defineMessages({
  title: {
    nl: "Overdracht aan de maatschappelijk werker",
    fr: "Passage de relais à l'assistant(e) social(e)",
    de: "Übergabe an die Sozialarbeit",
    en: "Handover to the social worker",
  },
  intro: {
    nl: "Het MIRIAM-traject van {name} liep van {start} tot {end}. Deze nota geeft door wat nog loopt, zodat de begeleiding zonder onderbreking verdergaat.",
    fr: "Le parcours MIRIAM de {name} a duré du {start} au {end}. Cette note transmet ce qui est encore en cours, pour que l'accompagnement continue sans interruption.",
    de: "Die MIRIAM-Begleitung von {name} lief vom {start} bis zum {end}. Diese Notiz gibt weiter, was noch läuft, damit die Begleitung ohne Unterbrechung weitergeht.",
    en: "{name}'s MIRIAM trajectory ran from {start} to {end}. This note passes on what is still open, so support goes on without a gap.",
  },
  to: { nl: "Aan", fr: "À", de: "An", en: "To" },
  from: { nl: "Van", fr: "De", de: "Von", en: "From" },
  noneNeeded: {
    nl: "Geen verdere begeleiding nodig: zij en de casemanager beslisten samen dat er geen overdracht nodig is.",
    fr: "Pas d'accompagnement supplémentaire : elle et le/la case manager ont décidé ensemble qu'aucun relais n'est nécessaire.",
    de: "Keine weitere Begleitung nötig: Sie und die Case-Managerin / der Case-Manager haben gemeinsam entschieden, dass keine Übergabe nötig ist.",
    en: "No further support needed: she and the case manager decided together that no handover is needed.",
  },
  goalsHeading: {
    nl: "Doelen die nog lopen",
    fr: "Objectifs encore en cours",
    de: "Ziele, die noch laufen",
    en: "Goals still open",
  },
  noGoals: {
    nl: "Geen open doelen.",
    fr: "Aucun objectif ouvert.",
    de: "Keine offenen Ziele.",
    en: "No open goals.",
  },
  goalLine: {
    nl: "{domain} ({status})",
    fr: "{domain} ({status})",
    de: "{domain} ({status})",
    en: "{domain} ({status})",
  },
  stepLine: {
    nl: "Volgende stap: {step}, door {who}, tegen {due}",
    fr: "Prochaine étape : {step}, par {who}, pour le {due}",
    de: "Nächster Schritt: {step}, durch {who}, bis {due}",
    en: "Next step: {step}, by {who}, due {due}",
  },
  rightsHeading: {
    nl: "Rechten die nog opvolging vragen",
    fr: "Droits qui demandent encore un suivi",
    de: "Ansprüche, die noch Nachverfolgung brauchen",
    en: "Rights that still need follow-up",
  },
  noRights: {
    nl: "Geen rechten meer op te volgen.",
    fr: "Plus aucun droit à suivre.",
    de: "Keine Ansprüche mehr nachzuverfolgen.",
    en: "No rights left to follow up.",
  },
  agreementsHeading: {
    nl: "Afspraken en aandachtspunten",
    fr: "Accords et points d'attention",
    de: "Vereinbarungen und Hinweise",
    en: "Agreements and points of attention",
  },
  consentNote: {
    nl: "Deze nota werd met haar besproken. Ze weet wat er wordt doorgegeven.",
    fr: "Cette note a été discutée avec elle. Elle sait ce qui est transmis.",
    de: "Diese Notiz wurde mit ihr besprochen. Sie weiß, was weitergegeben wird.",
    en: "This note was discussed with her. She knows what is passed on.",
  },
  ...stepWhoForWorker,
});

/**
 * The handover note (*overdracht / passage de relais*) to the regular social worker:
 * open goals with their next step, rights still pending and the agreements made, or a
 * record that no further support is needed.
 */
export const handover = defineTemplate({
  id: "handover",
  audience: "worker",
  schema: HandoverData,
  messages,
  blank: {
    data: () => ({
      participant: NOBODY,
      handover: { to: "social-worker" },
      openGoals: [],
      pendingRights: [],
    }),
    adapt: linesInsteadOf(["noGoals", "noRights"], 4),
  },
  build: (data, ctx) => {
    const toWorker = data.handover.to === "social-worker";
    const blocks: Block[] = [
      {
        kind: "paragraph",
        content: ctx.t("intro", {
          name: data.participant.givenName,
          start: ctx.date(data.startedOn),
          end: ctx.date(data.handedOverOn),
        }),
      },
      {
        kind: "fields",
        rows: [
          { label: ctx.t("to"), value: toWorker ? ctx.value(data.receivingWorker, "long") : [] },
          { label: ctx.t("from"), value: ctx.value(data.caseManager, "long") },
          { label: ctx.common("date"), value: ctx.date(data.handedOverOn) },
        ].filter((row) => row.value.length > 0),
      },
    ];
    if (!toWorker) blocks.push({ kind: "paragraph", content: ctx.t("noneNeeded") });
    blocks.push({ kind: "heading", level: 2, content: ctx.t("goalsHeading") });
    blocks.push(
      data.openGoals.length === 0
        ? { kind: "paragraph", content: ctx.t("noGoals") }
        : {
            kind: "list",
            items: data.openGoals.map((goal) => {
              const next = goal.steps.find((step) => step.done !== true);
              return {
                content: [
                  ...ctx.common("quoteOpen"),
                  ...ctx.value(goal.description),
                  ...ctx.common("quoteClose"),
                  { kind: "text", text: " — " },
                  ...ctx.t("goalLine", {
                    domain: ctx.domain(goal.domain),
                    status: ctx.label(goalStatuses, goal.status ?? "open"),
                  }),
                ],
                items:
                  next === undefined
                    ? []
                    : [
                        ctx.t("stepLine", {
                          step: next.description,
                          who: ctx.t(`who.${next.who}`),
                          due: ctx.date(next.due),
                        }),
                      ],
              };
            }),
          },
      { kind: "heading", level: 2, content: ctx.t("rightsHeading") },
      data.pendingRights.length === 0
        ? { kind: "paragraph", content: ctx.t("noRights") }
        : {
            kind: "list",
            items: data.pendingRights.map((entry) => ({
              content: [
                // "label: " with the language's colon; the status follows in bold.
                {
                  kind: "text",
                  text: labelAndValue(ctx.label(rights, entry.right), "", ctx.language),
                },
                { kind: "text", text: ctx.label(rightStatuses, entry.status), strong: true },
                ...(entry.note ? [{ kind: "text" as const, text: ` — ${entry.note}` }] : []),
              ],
            })),
          },
      { kind: "heading", level: 2, content: ctx.t("agreementsHeading") },
      data.handover.note === undefined || data.handover.note.trim() === ""
        ? { kind: "lines", count: 5 }
        : { kind: "quote", content: ctx.value(data.handover.note) },
      { kind: "paragraph", style: "small", content: ctx.t("consentNote") },
      {
        kind: "signatures",
        parties: [
          { role: ctx.common("caseManager"), name: ctx.value(data.caseManager, "long") },
          ...(toWorker
            ? [{ role: ctx.common("socialWorker"), name: ctx.value(data.receivingWorker, "long") }]
            : []),
          { role: ctx.common("participant"), name: fullName(ctx, data.participant) },
        ],
      },
    );
    return {
      title: ctx.text("title"),
      subtitle: ctx.join([fullName(ctx, data.participant), ctx.date(data.handedOverOn)], " · "),
      confidential: true,
      blocks,
    };
  },
});
