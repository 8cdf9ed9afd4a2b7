import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type ExportContent, exportFiles } from "@miriam/schemas";

/** What goes into a MIRIAM export: the project's settings and its event logs. */
export type MiriamExport = ExportContent;

/**
 * Writes an export directory in the MIRIAM layout (`exportLayout` of `@miriam/schemas`):
 * `miriam.config.json`, `trajectories.jsonl` and one `group-<id>.jsonl` per group. This
 * is what `miriam conformance <dir>` and the conformance tests check. Returns the file
 * names.
 */
export async function writeMiriamExport(dir: string, content: MiriamExport): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = exportFiles(content);
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return [...files.keys()];
}
