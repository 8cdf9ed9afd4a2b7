import { documentCatalogue, type RenderedDocument, renderBlank } from "@miriam/documents";
import type { Language, ProjectSettings } from "@miriam/schemas";

/** One blank form of a project: its file name stem and its rendering. */
export interface BlankForm {
  readonly file: string;
  readonly render: (settings: ProjectSettings, language: Language) => RenderedDocument;
}

/**
 * The blank forms of a new project: every document of @miriam/documents' catalogue that
 * names a blank form, numbered in catalogue order (the order of the trajectory) and
 * rendered by `renderBlank`. A group session's form (the attendance register) comes once
 * per group, with numbered rows for the group's maximum size (at least 15).
 */
export function blankForms(settings: ProjectSettings): BlankForm[] {
  const printable = documentCatalogue.filter((entry) => entry.blankForm !== undefined);
  return printable.flatMap((entry, index) => {
    const file = `${String(index + 1).padStart(2, "0")}-${entry.blankForm}`;
    const form = (suffix: string, groupName?: string): BlankForm => ({
      file: `${file}${suffix}`,
      render: (project, language) =>
        renderBlank(entry.template, {
          settings: project,
          language,
          ...(groupName === undefined ? {} : { groupName }),
        }),
    });
    return entry.scope === "group-session"
      ? settings.groups.map((group) => form(`-${group.id}`, group.name))
      : [form("")];
  });
}
