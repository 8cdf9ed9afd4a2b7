import { makeProblem } from "@miriam/schemas";
import type { MessageTable } from "./messages";
import {
  DocumentDataError,
  type RenderedDocument,
  type RenderOptions,
  type RenderResult,
  renderWith,
} from "./render";
import type { Template } from "./template";

/** The fewest numbered rows a blank register gets, whatever the group's maximum size. */
const REGISTER_ROWS = 15;

/** Options of {@link renderBlank}: those of `render`, and for a register its rows. */
export interface RenderBlankOptions<Id extends string, M extends MessageTable>
  extends RenderOptions<Id, M> {
  /**
   * Numbered rows of a register (the attendance register). Default: the project's
   * maximum group size, and at least 15.
   */
  readonly rows?: number;
  /** The group a register is for. Default: a blank to write its name on. */
  readonly groupName?: string;
}

/**
 * Like {@link renderBlank}, but returns the problems instead of throwing: invalid
 * settings or options, or a template without a blank form (`source: "options"`). Pure.
 */
export function safeRenderBlank<Id extends string, Data, Input, M extends MessageTable>(
  template: Template<Id, Data, Input, M>,
  options: RenderBlankOptions<Id, M>,
): RenderResult {
  const { blank } = template;
  if (blank === undefined)
    return {
      ok: false,
      source: "options",
      problems: [
        makeProblem({
          code: "invalid-value",
          path: ["template"],
          expected: "a template with a blank form (one that has `blank`)",
          found: JSON.stringify(template.id),
        }),
      ],
    };
  return renderWith(template, options, (settings) => {
    const rows = options.rows ?? Math.max(settings.fidelity.groupSize.max, REGISTER_ROWS);
    const data = blank.data({
      settings,
      rows,
      ...(options.groupName === undefined ? {} : { groupName: options.groupName }),
    });
    // Blank data rarely pass the schema (it asks for her name); when they do, the
    // schema's defaults are filled in as for a filled document.
    const parsed = template.schema.safeParse(data);
    const value = (parsed.success ? parsed.data : data) as Data;
    return {
      ok: true,
      build: (context) => {
        const body = template.build(value, context);
        return blank.adapt === undefined ? body : blank.adapt(body, context);
      },
    };
  });
}

/**
 * Renders a template as a blank form, to print and fill in by hand: every field about her
 * is a line or a dotted blank, lists are lines to write on, an attendance register has
 * numbered rows. The texts, the project's wording (`overrides`), the logo and the print
 * stylesheet are those of `render`. Built-in templates with a blank form: the information
 * sheet, consent, intake report, rights check, personal plan, contact log, group session
 * (attendance register), mid-term review, handover and follow-up questionnaire. Pure.
 *
 * @throws {DocumentDataError} when the settings or the options are not valid, or the
 *   template has no blank form.
 * @example
 * ```ts
 * import { groupSession, personalPlan, renderBlank } from "@miriam/documents";
 *
 * const plan = renderBlank(personalPlan, { settings, language: "nl" });
 * const register = renderBlank(groupSession, { settings, language: "fr", groupName: "Groupe A", rows: 12 });
 * writeFileSync("personal-plan.html", plan.html);
 * ```
 */
export function renderBlank<Id extends string, Data, Input, M extends MessageTable>(
  template: Template<Id, Data, Input, M>,
  options: RenderBlankOptions<Id, M>,
): RenderedDocument {
  const result = safeRenderBlank(template, options);
  if (!result.ok) throw new DocumentDataError(template.id, result.source, result.problems);
  return result.document;
}
