import {
  type Block,
  consent,
  contactLog,
  type DocumentBody,
  defineTemplate,
  followUpQuestionnaire,
  groupSession,
  handover,
  informationSheet,
  intakeReport,
  midTermReview,
  personalPlan,
  type RenderContext,
  type RenderedDocument,
  render,
  rightsCheck,
} from "@miriam/documents";
import type { Language, ProjectSettings } from "@miriam/schemas";
import { z } from "zod";

// @miriam/documents renders documents from a trajectory's data; a new project needs the
// same documents blank, to print and fill in by hand. Its schemas require what a filled
// document has (her given name, at least one goal), so a blank form reuses each built-in
// template's texts and `build` with a schema that accepts the blank data below. Values
// still pass through the template's context: blanks print as dotted lines, and every
// text is escaped as usual. (Reported as a missing API: blank forms in @miriam/documents.)

/** The parts of a built-in template a blank form reuses. */
interface Reusable {
  readonly id: string;
  readonly audience: "participant" | "worker" | "funder";
  readonly messages: Parameters<typeof defineTemplate>[0]["messages"];
  readonly schema: { safeParse(value: unknown): { success: boolean } };
  // biome-ignore lint/suspicious/noExplicitAny: each template has its own data and message types
  readonly build: (data: any, ctx: any) => DocumentBody;
}

type Extend = (body: DocumentBody, ctx: RenderContext) => DocumentBody;

function renderBlank(
  template: Reusable,
  data: unknown,
  settings: ProjectSettings,
  language: Language,
  extend?: Extend,
): RenderedDocument {
  // A template that accepts blank data keeps its own schema (and its defaults).
  if (extend === undefined && template.schema.safeParse(data).success)
    return render(template as never, data as never, { settings, language });
  const blank = defineTemplate({
    id: template.id,
    audience: template.audience,
    messages: template.messages,
    schema: z.custom<unknown>(),
    build: (value, ctx) => {
      const body = template.build(value, ctx);
      return extend === undefined ? body : extend(body, ctx as unknown as RenderContext);
    },
  });
  return render(blank, data, { settings, language });
}

const NOBODY = { givenName: "" };
const REGISTER_ROWS = 15;

/** Lines to write on instead of a sentence that says a list is empty ("no open goals"). */
function linesInsteadOf(keys: readonly string[], count: number): Extend {
  return (body, ctx) => {
    const empty = new Set(keys.map((key) => JSON.stringify(ctx.t(key))));
    return {
      ...body,
      blocks: body.blocks.map((block) =>
        block.kind === "paragraph" && empty.has(JSON.stringify(block.content))
          ? { kind: "lines", count }
          : block,
      ),
    };
  };
}

/** Blank goals for the personal plan: a heading and lines to write on, three times. */
const withBlankGoals: Extend = (body, ctx) => {
  const goal = (ctx as unknown as RenderContext<typeof personalPlan.messages>).t("goalHeading");
  const blanks: Block[] = [1, 2, 3].flatMap((): Block[] => [
    { kind: "heading", level: 3, content: goal },
    { kind: "lines", count: 4 },
  ]);
  const at = body.blocks.findIndex((block) => block.kind === "heading");
  const blocks = [...body.blocks];
  blocks.splice(at === -1 ? blocks.length : at, 0, ...blanks);
  return { ...body, blocks };
};

/** One blank form of a project: its file name stem and its rendering. */
export interface BlankForm {
  readonly file: string;
  readonly render: (settings: ProjectSettings, language: Language) => RenderedDocument;
}

/**
 * The blank forms of a new project, in the order of the trajectory. The attendance
 * register comes once per group, with numbered rows for the group's maximum size.
 */
export function blankForms(settings: ProjectSettings): BlankForm[] {
  const form = (file: string, template: Reusable, data: unknown, extend?: Extend): BlankForm => ({
    file,
    render: (project, language) => renderBlank(template, data, project, language, extend),
  });
  const rows = Math.max(settings.fidelity.groupSize.max, REGISTER_ROWS);
  return [
    form("01-information-sheet", informationSheet, {}),
    form("02-consent", consent, { participant: NOBODY }),
    form("03-intake-report", intakeReport, {
      participant: NOBODY,
      intake: { household: { childrenBirthYears: [] }, situation: [] },
    }),
    form("04-rights-check", rightsCheck, { participant: NOBODY, rights: [] }),
    form("05-personal-plan", personalPlan, { participant: NOBODY, goals: [] }, withBlankGoals),
    form("06-contact-log", contactLog, { participant: NOBODY, contacts: [] }),
    ...settings.groups.map((group) =>
      form(`07-attendance-register-${group.id}`, groupSession, {
        groupName: group.name,
        session: {},
        participants: Array.from({ length: rows }, (_, index) => ({
          trajectoryId: `row-${index + 1}`,
          givenName: "",
          familyName: "",
        })),
      }),
    ),
    form(
      "08-mid-term-review",
      midTermReview,
      { participant: NOBODY, goals: [], review: {} },
      linesInsteadOf(["noGoals"], 4),
    ),
    form(
      "09-handover",
      handover,
      {
        participant: NOBODY,
        handover: { to: "social-worker" },
        openGoals: [],
        pendingRights: [],
      },
      linesInsteadOf(["noGoals", "noRights"], 4),
    ),
    form("10-follow-up-questionnaire", followUpQuestionnaire, {}),
  ];
}
