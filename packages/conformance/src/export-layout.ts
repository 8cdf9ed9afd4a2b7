// The export layout moved to `@miriam/schemas` (it is part of the interchange format);
// these re-exports keep `import { exportLayout } from "@miriam/conformance"` working.
import {
  type ExportContent as SchemasExportContent,
  exportFiles as schemasExportFiles,
  exportLayout as schemasExportLayout,
} from "@miriam/schemas";

/**
 * What an export holds, before it is written to files.
 *
 * @deprecated Import `ExportContent` from `@miriam/schemas`.
 */
export type ExportContent = SchemasExportContent;

/**
 * The files of a MIRIAM export, by role.
 *
 * @deprecated Import `exportLayout` from `@miriam/schemas`, which owns the layout.
 */
export const exportLayout: typeof schemasExportLayout = schemasExportLayout;

/**
 * The files of an export (name → text), ready to write. Pure.
 *
 * @deprecated Import `exportFiles` from `@miriam/schemas`.
 */
export const exportFiles: typeof schemasExportFiles = schemasExportFiles;
