import { z } from "zod";
import { timepoints } from "../vocabulary";
import { LabelsSchema } from "./labels";
import { DomainCode, Id } from "./primitives";

/** What an item measures, so evaluation knows how to read it. */
export const ItemMeasure = z
  .enum(["domain-satisfaction", "self-reliance", "overall-improvement", "other"])
  .meta({ id: "item-measure", title: "Item measure" });

/** One question of an instrument. */
export const InstrumentItem = z
  .strictObject({
    id: Id,
    text: LabelsSchema,
    measures: ItemMeasure,
    domain: DomainCode.optional().meta({
      description: "The life domain it belongs to (domain-satisfaction items).",
    }),
    response: z
      .enum(["scale", "yes-no"])
      .meta({ description: "On the instrument's scale, or yes (1) / no (0)." }),
    reverse: z
      .boolean()
      .optional()
      .meta({ description: "Reverse-coded: a high answer means a worse situation." }),
    timepoints: z
      .array(timepoints.schema)
      .min(1)
      .optional()
      .meta({ description: "Asked only at these timepoints; default all." }),
  })
  .meta({ id: "instrument-item", title: "Instrument item" });

/**
 * A measurement instrument as data: items, scale, reverse-coded items and scoring, so a
 * project can use another questionnaire without code (METHODOLOGY.md §5). Licensed
 * instruments are referenced by name only: the kit never ships their wording.
 */
export const InstrumentDefinition = z
  .strictObject({
    id: Id,
    version: z.int().min(1),
    title: LabelsSchema,
    validated: z
      .boolean()
      .meta({ description: "Whether this is a validated scale. The kit's own instrument is not." }),
    notice: LabelsSchema.optional().meta({ description: "What users must know before using it." }),
    scale: z.strictObject({
      min: z.int(),
      max: z.int(),
      minLabel: LabelsSchema.optional(),
      maxLabel: LabelsSchema.optional(),
    }),
    items: z.array(InstrumentItem).min(1),
    scoring: z.strictObject({
      method: z
        .enum(["mean", "sum"])
        .meta({ description: "How item answers combine into a domain or total score." }),
      minAnswered: z.number().min(0).max(1).meta({
        description: "Share of a score's items that must be answered, else the score is missing.",
      }),
    }),
  })
  .refine((def) => def.scale.min < def.scale.max, {
    message: "scale.min must be below scale.max",
    path: ["scale"],
  })
  .refine((def) => new Set(def.items.map((i) => i.id)).size === def.items.length, {
    message: "each item id must appear once",
    path: ["items"],
  })
  .meta({ id: "instrument-definition", title: "Instrument definition" });

/** An instrument definition. */
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;
/** One item of an instrument. */
export type InstrumentItem = z.infer<typeof InstrumentItem>;
