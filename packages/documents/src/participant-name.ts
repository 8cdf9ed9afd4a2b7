import { ParticipantProfile } from "@miriam/schemas";
import { z } from "zod";

/** Her name as documents print it: the given name always, the family name when known. */
export const ParticipantName = z.strictObject({
  givenName: ParticipantProfile.shape.givenName,
  familyName: ParticipantProfile.shape.familyName.optional(),
});

/** A worker's or a contact person's name, printed on documents for signing or calling. */
export const PersonName = z.string().min(1).max(200);

/** A participant's name as a document's data holds it. */
export type ParticipantName = z.infer<typeof ParticipantName>;
