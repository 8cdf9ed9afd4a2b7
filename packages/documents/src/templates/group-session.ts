import { groupEventData, groupSessionKinds, ParticipantProfile } from "@miriam/schemas";
import { z } from "zod";
import type { Block, Inline } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate, type RenderContext } from "../template";

const held = groupEventData["group-session.held"];

/**
 * The data of a group session's plan and attendance register. `session` is the data of
 * `group-session.held`; before the session, leave out `attendees`, `minutes` and
 * `withChildren` to print a register to tick by hand.
 */
export const GroupSessionData = z.strictObject({
  groupName: z.string().min(1).max(100),
  session: held.partial({ attendees: true, minutes: true, withChildren: true }).extend({
    time: z
      .string()
      .regex(/^\d{2}:\d{2}$/, "a time as HH:MM")
      .optional(),
    place: z.string().min(1).max(200).optional(),
    agenda: z.array(z.string().min(1).max(500)).optional(),
  }),
  participants: z.array(
    ParticipantProfile.pick({ trajectoryId: true, givenName: true, familyName: true }),
  ),
  facilitator: z.string().min(1).max(200).optional(),
  // The women co-decide the content (METHODOLOGY.md §3, phase 6; issue #20).
  topics: z
    .strictObject({
      proposed: z.array(z.string().min(1).max(200)),
      chosen: z.array(z.string().min(1).max(200)),
    })
    .optional()
    .meta({ description: "The group's proposed and chosen topics, without who proposed them." }),
});

/** The data of a group session's plan and attendance register. */
export type GroupSessionData = z.input<typeof GroupSessionData>;

const messages = defineMessages({
  title: {
    nl: "Groepssessie: plan en aanwezigheden",
    fr: "Séance de groupe : programme et présences",
    de: "Gruppentreffen: Ablauf und Anwesenheit",
    en: "Group session: plan and attendance",
  },
  subtitle: {
    nl: "{group} · {date}",
    fr: "{group} · {date}",
    de: "{group} · {date}",
    en: "{group} · {date}",
  },
  planHeading: { nl: "Plan", fr: "Programme", de: "Ablauf", en: "Plan" },
  topic: { nl: "Thema", fr: "Thème", de: "Thema", en: "Topic" },
  kind: { nl: "Soort", fr: "Type", de: "Art", en: "Kind" },
  time: { nl: "Uur", fr: "Heure", de: "Uhrzeit", en: "Time" },
  duration: { nl: "Duur", fr: "Durée", de: "Dauer", en: "Duration" },
  minutes: {
    nl: "{minutes} minuten",
    fr: "{minutes} minutes",
    de: "{minutes} Minuten",
    en: "{minutes} minutes",
  },
  place: { nl: "Plaats", fr: "Lieu", de: "Ort", en: "Place" },
  partner: {
    nl: "Partner of spreker",
    fr: "Partenaire ou intervenant",
    de: "Partner oder Referent/in",
    en: "Partner or speaker",
  },
  withChildren: {
    nl: "Met de kinderen",
    fr: "Avec les enfants",
    de: "Mit den Kindern",
    en: "With the children",
  },
  facilitator: { nl: "Begeleiding", fr: "Animation", de: "Leitung", en: "Facilitator" },
  agendaHeading: {
    nl: "Verloop",
    fr: "Déroulement",
    de: "Ablauf im Einzelnen",
    en: "Running order",
  },
  registerHeading: {
    nl: "Aanwezigheidslijst",
    fr: "Liste de présence",
    de: "Anwesenheitsliste",
    en: "Attendance register",
  },
  registerCount: {
    nl: "Aanwezig: {present} van {total}.",
    fr: "Présentes : {present} sur {total}.",
    de: "Anwesend: {present} von {total}.",
    en: "Present: {present} of {total}.",
  },
  presentColumn: { nl: "Aanwezig", fr: "Présente", de: "Anwesend", en: "Present" },
  signatureColumn: { nl: "Handtekening", fr: "Signature", de: "Unterschrift", en: "Signature" },
  topicsHeading: {
    nl: "Thema's van de groep",
    fr: "Thèmes du groupe",
    de: "Themen der Gruppe",
    en: "The group's topics",
  },
  chosenTopics: { nl: "Gekozen", fr: "Choisis", de: "Gewählt", en: "Chosen" },
  proposedTopics: {
    nl: "Voorgesteld, nog te kiezen",
    fr: "Proposés, encore à choisir",
    de: "Vorgeschlagen, noch zu wählen",
    en: "Proposed, still to choose",
  },
});

// The group's list: chosen topics first, then those proposed and not chosen yet.
function topicBlocks(
  data: z.output<typeof GroupSessionData>,
  ctx: RenderContext<typeof messages>,
): Block[] {
  if (data.topics === undefined) return [];
  const { chosen } = data.topics;
  const proposed = data.topics.proposed.filter((topic) => !chosen.includes(topic));
  const list = (label: Inline[], topics: readonly string[]): Block[] =>
    topics.length === 0
      ? []
      : [
          { kind: "paragraph", content: label },
          { kind: "list", items: topics.map((topic) => ({ content: ctx.value(topic) })) },
        ];
  return [
    { kind: "heading", level: 3, content: ctx.t("topicsHeading") },
    ...list(ctx.t("chosenTopics"), chosen),
    ...list(ctx.t("proposedTopics"), proposed),
  ];
}

/**
 * A group session's plan (topic, partner, running order) and its attendance register:
 * ticked from `group-session.held`'s attendees, or empty boxes and a signature column to
 * fill in on the day. For the case manager.
 */
export const groupSession = defineTemplate({
  id: "group-session",
  audience: "worker",
  schema: GroupSessionData,
  messages,
  blank: {
    // Numbered rows with no names, for the register of a group.
    data: ({ rows, groupName }) => ({
      groupName,
      session: {},
      participants: Array.from({ length: rows }, (_, index) => ({
        trajectoryId: `row-${index + 1}`,
        givenName: "",
        familyName: "",
      })),
    }),
  },
  build: (data, ctx) => {
    const { session } = data;
    const attendees = session.attendees === undefined ? undefined : new Set(session.attendees);
    const kind: Inline[] =
      session.kind === undefined
        ? ctx.value(undefined)
        : [{ kind: "text", text: ctx.label(groupSessionKinds, session.kind) }];
    const people = [...data.participants].sort(
      (a, b) => a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName),
    );
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", { group: data.groupName, date: ctx.date(session.date) }),
      confidential: true,
      blocks: [
        { kind: "heading", level: 2, content: ctx.t("planHeading") },
        {
          kind: "fields",
          rows: [
            { label: ctx.t("topic"), value: ctx.value(session.topic, "long") },
            { label: ctx.t("kind"), value: kind },
            { label: ctx.common("date"), value: ctx.date(session.date) },
            { label: ctx.t("time"), value: ctx.value(session.time) },
            {
              label: ctx.t("duration"),
              value:
                session.minutes === undefined
                  ? ctx.value(undefined)
                  : ctx.t("minutes", { minutes: session.minutes }),
            },
            { label: ctx.t("place"), value: ctx.value(session.place, "long") },
            { label: ctx.t("partner"), value: ctx.value(session.partner, "long") },
            { label: ctx.t("withChildren"), value: ctx.yesNo(session.withChildren) },
            { label: ctx.t("facilitator"), value: ctx.value(data.facilitator, "long") },
          ],
        },
        { kind: "heading", level: 3, content: ctx.t("agendaHeading") },
        session.agenda === undefined || session.agenda.length === 0
          ? { kind: "lines", count: 4 }
          : {
              kind: "list",
              ordered: true,
              items: session.agenda.map((item) => ({ content: ctx.value(item) })),
            },
        ...topicBlocks(data, ctx),
        { kind: "page-break" },
        { kind: "heading", level: 2, content: ctx.t("registerHeading") },
        {
          kind: "paragraph",
          content: ctx.t("registerCount", {
            present:
              attendees === undefined
                ? undefined
                : people.filter((p) => attendees.has(p.trajectoryId)).length,
            total: people.length,
          }),
        },
        {
          kind: "table",
          head: [
            [{ kind: "text", text: "#" }],
            ctx.common("name"),
            ctx.t("presentColumn"),
            ctx.t("signatureColumn"),
          ],
          rows: people.map((person, index) => [
            [{ kind: "text", text: String(index + 1) }],
            [{ kind: "text", text: `${person.givenName} ${person.familyName}` }],
            [{ kind: "tick", ticked: attendees?.has(person.trajectoryId) === true }],
            [],
          ]),
          blankRows: 2,
        },
      ],
    };
  },
});
