import { existsSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ScaffoldError } from "./errors";

// Templates live in the repository's top-level templates/ and are copied into the package
// at build time (tsup's onSuccess), so the published tarball carries them next to dist/.
// From dist/ the package's copy comes first; from src/ (tests, `pnpm dev`) the repository's,
// so a template edit shows up without a build.

/** The directory that holds `ocmw-project/` and `vendor-starter/`. */
export function findTemplatesDir(override?: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const packaged = join(here, "..", "templates");
  const repository = join(here, "..", "..", "..", "templates");
  const fromSource = here.endsWith(`${sep}src`);
  const candidates =
    override !== undefined
      ? [override]
      : fromSource
        ? [repository, packaged]
        : [packaged, repository];
  const found = candidates.find((candidate) => existsSync(join(candidate, "ocmw-project")));
  if (found === undefined)
    throw new ScaffoldError(
      "templates-missing",
      `No templates found (looked in ${candidates.join(", ")}). Reinstall create-miriam, or build it with \`pnpm --filter create-miriam build\`.`,
    );
  return found;
}
