/**
 * Writes a package's generated files, or checks them (CI): the one implementation of
 * "generated files are produced by a script and checked for staleness" for every
 * generator in the repository.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** What {@link syncGeneratedFiles} needs. */
export interface GeneratedFiles {
  /** Name shown in messages, e.g. `@miriam/schemas`. */
  readonly label: string;
  /** Folder the paths are relative to. */
  readonly root: string;
  /** Every generated file: relative path → content. */
  readonly files: ReadonlyMap<string, string>;
  /** Folders (relative) the generator owns: a file there that is no longer generated is stale. */
  readonly owned: readonly string[];
  /** Check only (exit code 1 when stale), or write. */
  readonly check: boolean;
}

function filesUnder(root: string, dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? filesUnder(root, `${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
  );
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Writes the files (removing owned files that are no longer generated), or with `check`
 * lists every stale, missing or orphaned file and sets a failing exit code.
 */
export function syncGeneratedFiles({ label, root, files, owned, check }: GeneratedFiles): void {
  const orphans = owned.flatMap((dir) => filesUnder(root, dir)).filter((path) => !files.has(path));
  if (check) {
    const stale = [...files]
      .map(([path, text]) => [path, readOrUndefined(join(root, path)), text] as const)
      .filter(([, current, text]) => current !== text)
      .map(
        ([path, current]) => `${path} ${current === undefined ? "is missing" : "is out of date"}`,
      )
      .concat(orphans.map((path) => `${path} is no longer generated`));
    if (stale.length > 0) {
      console.error(
        `Generated files of ${label} are stale:\n  ${stale.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`,
      );
      process.exitCode = 1;
    } else console.log(`${label}: ${files.size} generated files are current.`);
    return;
  }
  for (const path of orphans) rmSync(join(root, path));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`${label}: wrote ${files.size} files under ${relative(process.cwd(), root) || "."}.`);
}
