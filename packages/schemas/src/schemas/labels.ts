import { z } from "zod";

/** A text in NL, FR, DE and EN: data that people read must exist in all four. */
export const LabelsSchema = z
  .strictObject({
    nl: z.string().min(1),
    fr: z.string().min(1),
    de: z.string().min(1),
    en: z.string().min(1),
  })
  .meta({
    id: "labels",
    title: "Labels",
    description: "A text in Dutch, French, German and English.",
  });
