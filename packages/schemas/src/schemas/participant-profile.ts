import { z } from "zod";
import { LANGUAGES } from "../vocabulary";
import { CalendarDate, Id, Timestamp } from "./primitives";

/**
 * The participant's profile: the **only** record that holds her name and contact
 * details. Every event refers to her by `trajectoryId`. It is kept apart from the event
 * log so that erasure and exports can treat it separately (METHODOLOGY.md §10).
 *
 * Personal data: every field but `trajectoryId`, `preferredLanguage` and `recordedAt`.
 */
export const ParticipantProfile = z
  .strictObject({
    trajectoryId: Id,
    givenName: z.string().min(1).max(100).meta({ description: "Personal data." }),
    familyName: z.string().min(1).max(100).meta({ description: "Personal data." }),
    birthDate: CalendarDate.optional().meta({ description: "Personal data." }),
    phone: z.string().max(40).optional().meta({ description: "Personal data." }),
    email: z.email().optional().meta({ description: "Personal data." }),
    address: z
      .strictObject({
        street: z.string().max(200),
        postalCode: z.string().regex(/^\d{4}$/),
        municipality: z.string().max(100),
      })
      .optional()
      .meta({ description: "Personal data." }),
    preferredLanguage: z.enum(LANGUAGES),
    recordedAt: Timestamp,
  })
  .meta({
    id: "participant-profile",
    title: "Participant profile",
    description:
      "Name and contact details of a participant; the only record with personal identifiers.",
  });

/** A participant's profile. */
export type ParticipantProfile = z.infer<typeof ParticipantProfile>;
