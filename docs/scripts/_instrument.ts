import {
  type InstrumentDefinition,
  LANGUAGES,
  lifeDomains,
  type Timepoint,
  timepoints,
} from "@miriam/schemas";
import { code, container, facts, heading, page, table, text } from "./_markdown";

const LANGUAGE_NAMES = { nl: "NL", fr: "FR", de: "DE", en: "EN" } as const;

/** The reference page of an instrument definition: its items in the four languages. */
export function instrumentPage(instrument: InstrumentDefinition, sourceName: string): string {
  const { scale } = instrument;
  const timepointsOf = (item: InstrumentDefinition["items"][number]) =>
    (item.timepoints ?? (timepoints.codes as readonly Timepoint[]))
      .map((timepoint) => code(timepoint))
      .join(", ");
  const notice = text(instrument.notice?.en ?? "");
  return page({
    source: `${sourceName} of @miriam/schemas`,
    body: [
      `# ${text(instrument.title.en)}`,
      instrument.validated
        ? container("info", "Validated scale", notice || "Marked as a validated scale.")
        : container("warning", "Not a validated scale", notice || "Not a validated scale."),
      facts([
        ["id", code(instrument.id)],
        ["version", String(instrument.version)],
        [
          "title",
          LANGUAGES.map((l) => `${LANGUAGE_NAMES[l]} *${text(instrument.title[l])}*`).join(" · "),
        ],
        [
          "scale",
          `${scale.min} (${text(scale.minLabel?.en ?? "")}) to ${scale.max} (${text(scale.maxLabel?.en ?? "")})`,
        ],
        [
          "scoring",
          `${code(instrument.scoring.method)} of the answered items; a score needs at least ${Math.round(instrument.scoring.minAnswered * 100)}% of its items answered`,
        ],
        ["items", String(instrument.items.length)],
      ]),
      "The kit ships its own open instrument with its own wording. The programme's questionnaire is not public, and licensed instruments (Outcomes Star, Zelfredzaamheid-Matrix) are never copied into the kit: a project can define another instrument in the same format ([instrument definition](./schemas/instrument-definition.md)).",
      heading(2, "Notice for users", "notice"),
      table(
        ["language", "notice"],
        LANGUAGES.map((l) => [LANGUAGE_NAMES[l], text(instrument.notice?.[l] ?? "")]),
      ),
      heading(2, "Items", "items"),
      "What each item measures, how it is answered and when it is asked. A reverse-coded item is one where a high answer means a worse situation; scoring turns it around.",
      table(
        ["item", "measures", "life domain", "answer", "reverse-coded", "asked at"],
        instrument.items.map((item) => [
          code(item.id),
          code(item.measures),
          item.domain === undefined
            ? ""
            : lifeDomains.has(item.domain)
              ? text(lifeDomains.label(item.domain, "en"))
              : code(item.domain),
          item.response === "scale" ? `${scale.min}–${scale.max}` : "yes / no",
          item.reverse ? "yes" : "",
          timepointsOf(item),
        ]),
      ),
      heading(2, "Wording in four languages", "wording"),
      ...instrument.items.flatMap((item) => [
        heading(3, item.id, `item-${item.id}`),
        table(
          ["language", "text"],
          LANGUAGES.map((l) => [LANGUAGE_NAMES[l], text(item.text[l])]),
        ),
      ]),
      heading(2, "Scale labels", "scale-labels"),
      table(
        ["language", String(scale.min), String(scale.max)],
        LANGUAGES.map((l) => [
          LANGUAGE_NAMES[l],
          text(scale.minLabel?.[l] ?? ""),
          text(scale.maxLabel?.[l] ?? ""),
        ]),
      ),
    ],
  });
}
