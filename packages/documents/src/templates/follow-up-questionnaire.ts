import {
  CalendarDate,
  InstrumentDefinition,
  selfEvaluationInstrument,
  timepoints,
  trajectoryEventData,
} from "@miriam/schemas";
import { z } from "zod";
import type { Block, Inline } from "../blocks";
import { defineMessages } from "../messages";
import { defineTemplate } from "../template";

/**
 * The data of a questionnaire to fill in on paper: the instrument definition (default:
 * the kit's own self-evaluation), the timepoint (default follow-up, whose items it
 * keeps) and, when known, her given name and `follow-up.held`'s months after the end.
 */
export const FollowUpQuestionnaireData = z.strictObject({
  givenName: z.string().min(1).max(100).optional(),
  instrument: InstrumentDefinition.default(selfEvaluationInstrument),
  timepoint: timepoints.schema.default("follow-up"),
  monthsAfterEnd: trajectoryEventData["follow-up.held"].shape.monthsAfterEnd.optional(),
  date: CalendarDate.optional(),
});

/** The data of the follow-up questionnaire. */
export type FollowUpQuestionnaireData = z.input<typeof FollowUpQuestionnaireData>;

const messages = defineMessages({
  title: {
    nl: "Vragenlijst: hoe gaat het nu?",
    fr: "Questionnaire : comment allez-vous maintenant ?",
    de: "Fragebogen: Wie geht es Ihnen jetzt?",
    en: "Questionnaire: how are you doing now?",
  },
  subtitle: {
    nl: "{instrument} · {timepoint}",
    fr: "{instrument} · {timepoint}",
    de: "{instrument} · {timepoint}",
    en: "{instrument} · {timepoint}",
  },
  intro: {
    nl: "Dag {name}. Je MIRIAM-traject is {months} maanden voorbij. We willen graag weten hoe het nu met je gaat. Er zijn geen goede of foute antwoorden. Je mag een vraag overslaan.",
    fr: "Bonjour {name}. Votre parcours MIRIAM s'est terminé il y a {months} mois. Nous aimerions savoir comment vous allez maintenant. Il n'y a pas de bonne ou de mauvaise réponse. Vous pouvez passer une question.",
    de: "Hallo {name}. Ihre MIRIAM-Begleitung ist seit {months} Monaten vorbei. Wir möchten gern wissen, wie es Ihnen jetzt geht. Es gibt keine richtigen oder falschen Antworten. Sie dürfen eine Frage auslassen.",
    en: "Hello {name}. Your MIRIAM trajectory ended {months} months ago. We would like to know how you are doing now. There are no right or wrong answers. You may skip a question.",
  },
  introStart: {
    nl: "Dag {name}. We willen graag weten hoe het met je gaat. Er zijn geen goede of foute antwoorden. Je mag een vraag overslaan.",
    fr: "Bonjour {name}. Nous aimerions savoir comment vous allez. Il n'y a pas de bonne ou de mauvaise réponse. Vous pouvez passer une question.",
    de: "Hallo {name}. Wir möchten gern wissen, wie es Ihnen geht. Es gibt keine richtigen oder falschen Antworten. Sie dürfen eine Frage auslassen.",
    en: "Hello {name}. We would like to know how you are doing. There are no right or wrong answers. You may skip a question.",
  },
  howTo: {
    nl: "Kruis per vraag één vakje aan. {min} betekent “{minLabel}”, {max} betekent “{maxLabel}”.",
    fr: "Cochez une case par question. {min} veut dire « {minLabel} », {max} veut dire « {maxLabel} ».",
    de: "Kreuzen Sie pro Frage ein Kästchen an. {min} bedeutet „{minLabel}“, {max} bedeutet „{maxLabel}“.",
    en: "Tick one box per question. {min} means “{minLabel}”, {max} means “{maxLabel}”.",
  },
  yes: { nl: "ja", fr: "oui", de: "ja", en: "yes" },
  no: { nl: "nee", fr: "non", de: "nein", en: "no" },
  thanks: {
    nl: "Dank je wel! Je antwoorden blijven vertrouwelijk. In verslagen staan alleen cijfers over de hele groep.",
    fr: "Merci beaucoup ! Vos réponses restent confidentielles. Les rapports ne montrent que des chiffres sur tout le groupe.",
    de: "Vielen Dank! Ihre Antworten bleiben vertraulich. In Berichten stehen nur Zahlen über die ganze Gruppe.",
    en: "Thank you! Your answers stay confidential. Reports only show figures about the whole group.",
  },
});

/**
 * A questionnaire on paper from an instrument definition's items (default: the kit's
 * self-evaluation at follow-up, about 12 months after the end): tick boxes on the
 * instrument's scale, or yes / no. Written to her.
 */
export const followUpQuestionnaire = defineTemplate({
  id: "follow-up-questionnaire",
  audience: "participant",
  schema: FollowUpQuestionnaireData,
  messages,
  blank: { data: () => ({}) },
  build: (data, ctx) => {
    const { instrument, timepoint } = data;
    const items = instrument.items.filter(
      (item) => item.timepoints === undefined || item.timepoints.includes(timepoint),
    );
    const scale = Array.from(
      { length: instrument.scale.max - instrument.scale.min + 1 },
      (_, i) => instrument.scale.min + i,
    );
    // Em spaces keep the boxes apart in HTML and Markdown, where plain spaces collapse.
    const boxes = (labels: readonly string[]): Inline[] =>
      labels.flatMap((label, index): Inline[] => [
        ...(index === 0 ? [] : [{ kind: "text" as const, text: "\u2003" }]),
        { kind: "tick", ticked: false },
        { kind: "text", text: `\u00a0${label}` },
      ]);
    const questions: Block = {
      kind: "list",
      ordered: true,
      items: items.map((item) => ({
        content: [{ kind: "text", text: item.text[ctx.language], strong: true }],
        items: [
          item.response === "yes-no"
            ? boxes([ctx.text("yes"), ctx.text("no")])
            : boxes(scale.map((n) => ctx.number(n))),
        ],
      })),
    };
    const minLabel = instrument.scale.minLabel?.[ctx.language];
    const maxLabel = instrument.scale.maxLabel?.[ctx.language];
    return {
      title: ctx.text("title"),
      subtitle: ctx.t("subtitle", {
        instrument: instrument.title[ctx.language],
        timepoint: ctx.label(timepoints, timepoint),
      }),
      confidential: true,
      blocks: [
        {
          kind: "paragraph",
          style: "lead",
          content:
            timepoint === "follow-up"
              ? ctx.t("intro", { name: data.givenName, months: data.monthsAfterEnd })
              : ctx.t("introStart", { name: data.givenName }),
        },
        ...(minLabel !== undefined && maxLabel !== undefined
          ? [
              {
                kind: "paragraph" as const,
                content: ctx.t("howTo", {
                  min: ctx.number(instrument.scale.min),
                  max: ctx.number(instrument.scale.max),
                  minLabel,
                  maxLabel,
                }),
              },
            ]
          : []),
        questions,
        { kind: "fields", rows: [{ label: ctx.common("date"), value: ctx.date(data.date) }] },
        { kind: "paragraph", style: "lead", content: ctx.t("thanks") },
        ...(instrument.notice === undefined
          ? []
          : [
              {
                kind: "paragraph" as const,
                style: "small" as const,
                content: ctx.value(instrument.notice[ctx.language]),
              },
            ]),
      ],
    };
  },
});
