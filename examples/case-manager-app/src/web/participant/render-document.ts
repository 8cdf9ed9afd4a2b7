import {
  type CatalogueEntry,
  documentCatalogue,
  type RenderedDocument,
  safeRender,
  trajectorySource,
} from "@miriam/documents";
import { type Language, type ProjectSettingsInput, problemMessage } from "@miriam/schemas";

// Her documents are the trajectory documents of @miriam/documents' catalogue: the
// catalogue says which exist, when her replayed state is ready for each, and how the
// replayed state fills it.
export function herDocuments(): CatalogueEntry<"trajectory">[] {
  return documentCatalogue.filter(
    (entry): entry is CatalogueEntry<"trajectory"> => entry.scope === "trajectory",
  );
}

// Runs in the document worker (off-thread.ts): its arguments cross a thread, so the
// document is named by its catalogue id and looked up here.
export function renderDocument(
  documentId: string,
  records: Parameters<typeof trajectorySource>[0] & { readonly settings: ProjectSettingsInput },
  language: Language,
): { ok: true; document: RenderedDocument } | { ok: false; problems: string[] } {
  const entry = herDocuments().find((document) => document.id === documentId);
  if (entry === undefined) return { ok: false, problems: [`Unknown document: ${documentId}`] };
  const data = entry.data(trajectorySource(records));
  const result = safeRender(entry.template, data, { settings: records.settings, language });
  return result.ok
    ? { ok: true, document: result.document }
    : { ok: false, problems: result.problems.map((p) => problemMessage(p, language)) };
}
