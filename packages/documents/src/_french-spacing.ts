// French sets a narrow no-break space (U+202F) before "?", "!", ";" and ":" and inside
// « »: with a plain space, a printed line can break before the sign and leave it alone at
// the start of the next line ("Pour quand" / "?"). `labelAndValue` of @miriam/schemas
// does the same for the colon between a label and its value.

const BEFORE_SIGN = /[ \u00a0]([?!;:»])/g;
const AFTER_QUOTE = /«[ \u00a0]/g;

/** A French text with narrow no-break spaces where French typography wants them. Pure. */
export function frenchSpacing(text: string): string {
  return text.replace(BEFORE_SIGN, "\u202f$1").replace(AFTER_QUOTE, "«\u202f");
}
