// Rewrites the @miriam/* ranges of every template's package.json from the workspace
// packages' versions. Run after `changeset version` (the release does: `pnpm generate`);
// `--check` (CI, through `pnpm generate:check`) changes nothing and fails when a range is
// stale or names a package the workspace does not have.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RangeChange, syncManifest } from "./_template-versions";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const check = process.argv.includes("--check");

const versions = new Map<string, string>();
for (const dir of readdirSync(join(root, "packages"))) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    if (manifest.private !== true) versions.set(manifest.name, manifest.version);
  } catch {
    // A folder without package.json is not a package.
  }
}

const changes: RangeChange[] = [];
for (const template of readdirSync(join(root, "templates"), { withFileTypes: true })) {
  if (!template.isDirectory()) continue;
  const file = join(root, "templates", template.name, "package.json");
  const text = readFileSync(file, "utf8");
  const result = syncManifest(template.name, JSON.parse(text), versions);
  changes.push(...result.changes);
  const updated = `${JSON.stringify(result.manifest, null, 2)}\n`;
  if (!check && result.changes.some((change) => change.to !== undefined) && updated !== text)
    writeFileSync(file, updated);
}

const unknown = changes.filter((change) => change.to === undefined);
const stale = changes.filter((change) => change.to !== undefined);
for (const change of unknown)
  console.error(
    `templates/${change.template}/package.json: ${change.field}.${change.name} is not a package of this workspace (packages/*). Remove it or add the package.`,
  );
for (const change of stale)
  console[check ? "error" : "log"](
    `templates/${change.template}/package.json: ${change.field}.${change.name} ${change.from} → ${change.to}${check ? " (run `pnpm --filter create-miriam generate`)" : ""}`,
  );
if (unknown.length > 0 || (check && stale.length > 0)) process.exitCode = 1;
else if (stale.length === 0) console.log("Template dependency ranges match the workspace.");
