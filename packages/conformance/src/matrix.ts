import { type Requirement, requirements } from "./requirements";

/** Options of {@link conformanceMatrix}. */
export interface MatrixOptions {
  /**
   * Prefix of fixture links, e.g. a URL of the package's `fixtures/` folder. Default:
   * `fixtures/`, relative to the package.
   */
  readonly fixturesBase?: string;
  /** Prefix of method links, e.g. the docs' URL of `METHODOLOGY.md`'s folder. Default: none. */
  readonly methodBase?: string;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

const anchor = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .trim()
    .replace(/ /g, "-");

/**
 * The method reference as a trainer reads it: `METHODOLOGY.md §3 — The trajectory`,
 * `DESIGN.md — Event catalogue (interchange format v1)` when the title repeats the
 * section, else `DESIGN.md, Decisions — Data-driven method settings`.
 */
function methodLabel({ document, section, title }: Requirement["method"]): string {
  if (section.startsWith("§")) return `${document} ${section} — ${title}`;
  if (title.startsWith(section)) return `${document} — ${title}`;
  return `${document}, ${section} — ${title}`;
}

function methodLink(requirement: Requirement, base: string | undefined): string {
  const { document, section, title } = requirement.method;
  const text = methodLabel(requirement.method);
  return base === undefined
    ? text
    : `[${text}](${base}${document}#${anchor(`${section} ${title}`)})`;
}

/**
 * The conformance matrix as a Markdown table: every requirement with its area, what it
 * asks, where the method says so, and the fixtures that exercise it. For the docs. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("docs/reference/conformance.md", `# Conformance matrix\n\n${conformanceMatrix()}`);
 * ```
 */
export function conformanceMatrix(options: MatrixOptions = {}): string {
  const base = options.fixturesBase ?? "fixtures/";
  const rows = requirements.map((r) => {
    const fixtures =
      r.fixtures.length === 0
        ? "–"
        : r.fixtures.map((path) => `[${path}](${base}${path})`).join("<br>");
    return `| ${r.id} | ${r.area} | **${cell(r.title)}**: ${cell(r.description)} | ${methodLink(r, options.methodBase)} | ${fixtures} |`;
  });
  return [
    "| Id | Area | Requirement | Method | Fixtures |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
