import {
  LANGUAGES,
  type Language,
  lifeDomains,
  makeProblem,
  type Problem,
  type ProjectSettings,
  type ProjectSettingsInput,
  problemsFromIssues,
  unknownDomainProblems,
  validate,
} from "@miriam/schemas";
import { createContext } from "./_context";
import { toHtml } from "./_html";
import { toMarkdown } from "./_markdown";
import type { DocumentBody } from "./blocks";
import { commonMessages } from "./common-messages";
import {
  type MessageOverride,
  type MessageTable,
  type OverridesOf,
  overrideText,
  placeholdersOf,
} from "./messages";
import type { RenderContext, Template } from "./template";

/** Override keys of the shared texts, `"common.<key>"`. */
export type CommonOverrides = OverridesOf<"common", typeof commonMessages>;

/** Options of {@link render}. */
export interface RenderOptions<Id extends string, M extends MessageTable> {
  /** The project's settings (`miriam.config.json`): OCMW name, logo, region, languages, domains. */
  readonly settings: ProjectSettingsInput;
  /** The document's language. Default: the project's first language. */
  readonly language?: Language;
  /**
   * The project's own wording, by typed key: `"<template id>.<key>"` or `"common.<key>"`.
   * Keys of other templates are ignored, so one table can serve every document.
   */
  readonly overrides?: OverridesOf<Id, M> & CommonOverrides;
}

/** A rendered document, in both formats. */
export interface RenderedDocument {
  /** The template's id. */
  readonly template: string;
  /** The language it is written in. */
  readonly language: Language;
  /** Its title, e.g. for a file name or an e-mail subject. */
  readonly title: string;
  /** A standalone HTML page with its print stylesheet (A4). */
  readonly html: string;
  /** The same document in Markdown (CommonMark with GFM tables). */
  readonly markdown: string;
}

/** The result of {@link safeRender}: the document, or why the input was refused. */
export type RenderResult =
  | { readonly ok: true; readonly document: RenderedDocument }
  | {
      readonly ok: false;
      /** What was refused: the template's data, the settings, or the options. */
      readonly source: "data" | "settings" | "options";
      readonly problems: readonly Problem[];
    };

/**
 * Thrown by {@link render} when the data, the settings or the options are not valid.
 * Its message lists every problem; `problems` has them one by one (path, expected,
 * found), without repeating any personal value.
 */
export class DocumentDataError extends Error {
  /** What was refused. */
  readonly source: "data" | "settings" | "options";
  /** Every problem found. */
  readonly problems: readonly Problem[];

  /** Creates the error from the problems of a refused input. */
  constructor(
    template: string,
    source: "data" | "settings" | "options",
    problems: readonly Problem[],
  ) {
    super(
      `The ${source} for the document "${template}" ${source === "data" ? "are" : "is"} not valid:\n${problems
        .map((problem) => `- ${problem.message}`)
        .join("\n")}`,
    );
    this.name = "DocumentDataError";
    this.source = source;
    this.problems = problems;
  }
}

function overrideProblems(
  template: Pick<Template, "id" | "messages">,
  overrides: Readonly<Record<string, MessageOverride | undefined>>,
): Problem[] {
  const problems: Problem[] = [];
  const tables: Record<string, MessageTable> = {
    [template.id]: template.messages,
    common: commonMessages,
  };
  for (const [fullKey, override] of Object.entries(overrides)) {
    const dot = fullKey.indexOf(".");
    const table = tables[fullKey.slice(0, dot)];
    if (table === undefined || override === undefined) continue;
    const path = ["overrides", fullKey];
    const base = table[fullKey.slice(dot + 1)];
    if (base === undefined) {
      problems.push(
        makeProblem({
          code: "unexpected-field",
          path,
          expected: `a key of ${fullKey.slice(0, dot)} (${Object.keys(table).join(", ")})`,
          found: "an unknown key",
        }),
      );
      continue;
    }
    const allowed = new Set(LANGUAGES.flatMap((language) => placeholdersOf(base[language])));
    const texts = typeof override === "string" ? [override] : Object.values(override);
    for (const text of texts) {
      if (typeof text !== "string") continue;
      const unknown = placeholdersOf(text).filter((name) => !allowed.has(name));
      if (unknown.length > 0)
        problems.push(
          makeProblem({
            code: "invalid-value",
            path,
            expected:
              allowed.size === 0
                ? "a text without placeholders"
                : `only the placeholders ${[...allowed].map((name) => `{${name}}`).join(", ")}`,
            found: unknown.map((name) => `{${name}}`).join(", "),
          }),
        );
    }
  }
  return problems;
}

/**
 * Renders a document: validates the data with the template's schema and the settings
 * with @miriam/schemas, then writes it in the chosen language as Markdown and as a
 * standalone A4 HTML page. Every value is escaped; missing optional values print as a
 * blank to fill in by hand. Pure: same input, same output (no clock, no I/O).
 * Use {@link safeRender} to get problems as a value instead of an exception.
 *
 * @throws {DocumentDataError} when the data, the settings or the overrides are not valid.
 * @example
 * ```ts
 * import { personalPlan, render } from "@miriam/documents";
 *
 * const { html, markdown } = render(personalPlan, {
 *   participant: { givenName: "Samira" },
 *   goals: [{ id: "g1", domain: "housing", description: "Een woning met twee slaapkamers", owner: "participant", steps: [] }],
 * }, { settings, language: "nl", overrides: { "personal-plan.intro": "Dit is jouw plan, {name}." } });
 * ```
 */
export function render<Id extends string, Data, Input, M extends MessageTable>(
  template: Template<Id, Data, Input, M>,
  data: Input,
  options: RenderOptions<Id, M>,
): RenderedDocument {
  const result = safeRender(template, data, options);
  if (!result.ok) throw new DocumentDataError(template.id, result.source, result.problems);
  return result.document;
}

/**
 * Like {@link render}, but returns the problems instead of throwing. Pure.
 *
 * @example
 * ```ts
 * const result = safeRender(consent, data, { settings });
 * if (!result.ok) for (const problem of result.problems) console.error(problem.message);
 * ```
 */
export function safeRender<Id extends string, Data, Input, M extends MessageTable>(
  template: Template<Id, Data, Input, M>,
  data: Input,
  options: RenderOptions<Id, M>,
): RenderResult {
  return renderWith(template, options, (settings) => {
    const parsed = template.schema.safeParse(data);
    if (!parsed.success)
      return { ok: false, problems: problemsFromIssues(parsed.error.issues, data) };
    const domains = new Set(settings.domains?.map((domain) => domain.code) ?? lifeDomains.codes);
    const domainProblems = unknownDomainProblems(parsed.data, domains);
    if (domainProblems.length > 0) return { ok: false, problems: domainProblems };
    return { ok: true, build: (context) => template.build(parsed.data, context) };
  });
}

/** What {@link renderWith} builds the document with, or why the data are refused. */
type Builder<M extends MessageTable> =
  | { readonly ok: true; readonly build: (context: RenderContext<M>) => DocumentBody }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The steps every rendering shares: checks the settings and the options, asks `builder`
 * for the document's body (it checks the data), then writes it as HTML and Markdown.
 * @internal
 */
export function renderWith<Id extends string, M extends MessageTable>(
  template: Pick<Template<Id, unknown, unknown, M>, "id" | "audience" | "messages">,
  options: RenderOptions<Id, M>,
  builder: (settings: ProjectSettings) => Builder<M>,
): RenderResult {
  const settingsResult = validate("project-settings", options.settings);
  if (!settingsResult.ok)
    return { ok: false, source: "settings", problems: settingsResult.problems };
  const settings = settingsResult.value;

  const language = options.language ?? settings.languages[0]!;
  const overrides = (options.overrides ?? {}) as Readonly<
    Record<string, MessageOverride | undefined>
  >;
  const optionProblems = LANGUAGES.includes(language)
    ? overrideProblems(template, overrides)
    : [
        makeProblem({
          code: "invalid-value",
          path: ["language"],
          expected: { kind: "one-of", values: LANGUAGES },
          found: { kind: "string", value: String(language) },
        }),
      ];
  if (optionProblems.length > 0) return { ok: false, source: "options", problems: optionProblems };

  const built = builder(settings);
  if (!built.ok) return { ok: false, source: "data", problems: built.problems };

  const context = createContext({
    prefix: template.id,
    messages: template.messages,
    settings,
    language,
    overrides,
  });
  const body = built.build(context);
  const commonText = (key: keyof typeof commonMessages) =>
    overrideText(overrides[`common.${key}`], language) ?? commonMessages[key][language];
  const frame = {
    language,
    audience: template.audience,
    ocmwName: settings.ocmw.name,
    ...(settings.ocmw.logo === undefined ? {} : { logo: settings.ocmw.logo }),
    confidentialLabel: commonText("confidential"),
    pageLabel: commonText("page"),
    labels: {
      name: commonText("name"),
      date: commonText("date"),
      signature: commonText("signature"),
      colon: commonText("colon"),
    },
  };
  return {
    ok: true,
    document: {
      template: template.id,
      language,
      title: body.title,
      html: toHtml(body, frame),
      markdown: toMarkdown(body, frame),
    },
  };
}
