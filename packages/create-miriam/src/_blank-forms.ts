import {
  consent,
  contactLog,
  followUpQuestionnaire,
  groupSession,
  handover,
  informationSheet,
  intakeReport,
  type MessageTable,
  midTermReview,
  personalPlan,
  type RenderedDocument,
  renderBlank,
  rightsCheck,
  type Template,
} from "@miriam/documents";
import type { Language, ProjectSettings } from "@miriam/schemas";

/** One blank form of a project: its file name stem and its rendering. */
export interface BlankForm {
  readonly file: string;
  readonly render: (settings: ProjectSettings, language: Language) => RenderedDocument;
}

/**
 * The blank forms of a new project, in the order of the trajectory, rendered by
 * `renderBlank` of @miriam/documents. The attendance register comes once per group, with
 * numbered rows for the group's maximum size (at least 15).
 */
export function blankForms(settings: ProjectSettings): BlankForm[] {
  const form = <Id extends string, Data, Input, M extends MessageTable>(
    file: string,
    template: Template<Id, Data, Input, M>,
    groupName?: string,
  ): BlankForm => ({
    file,
    render: (project, language) =>
      renderBlank(template, {
        settings: project,
        language,
        ...(groupName === undefined ? {} : { groupName }),
      }),
  });
  return [
    form("01-information-sheet", informationSheet),
    form("02-consent", consent),
    form("03-intake-report", intakeReport),
    form("04-rights-check", rightsCheck),
    form("05-personal-plan", personalPlan),
    form("06-contact-log", contactLog),
    ...settings.groups.map((group) =>
      form(`07-attendance-register-${group.id}`, groupSession, group.name),
    ),
    form("08-mid-term-review", midTermReview),
    form("09-handover", handover),
    form("10-follow-up-questionnaire", followUpQuestionnaire),
  ];
}
