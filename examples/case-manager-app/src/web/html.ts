/**
 * A tiny HTML template tag: every interpolated value is escaped unless it is already
 * `Html` (made by this tag or by `raw`). Notes written by case managers can hold
 * anything, so escaping is the default and there is no other way to build a page.
 */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup from a trusted source (the kit's SVG charts and documents). */
export const raw = (markup: string) => new Html(markup);

/** An SVG document as an `<img>`: the chart can then never run as markup in the page. */
export const svgImage = (svg: string, alt: string) =>
  html`<img class="chart" alt="${alt}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`;
