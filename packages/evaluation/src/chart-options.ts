import type { Language } from "@miriam/schemas";

/** Options every chart takes. */
export interface ChartOptions {
  /** Language of the labels, title and description. Default `"en"`. */
  readonly language?: Language;
  /**
   * Prefix of the ids inside the SVG (title, description, patterns). Give each chart on
   * one HTML page its own, since ids must be unique in a page. Default: the chart's kind.
   */
  readonly idPrefix?: string;
  /** A title to use instead of the chart's default one. */
  readonly title?: string;
}
