// Checks what a release would publish, package by package, before anything is published:
// the EUPL text a licensee must receive, the metadata a registry and a buyer's tooling read,
// the one version of the fixed group, and tarballs free of test code. Run after the build
// (`pnpm lint:packages`); `npm pack --dry-run` lists exactly what `npm publish` would send.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  repository?: { url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  publishConfig?: { access?: string };
  scripts?: Record<string, string>;
}

const root = new URL("..", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), "utf8");
const rootManifest = JSON.parse(read("package.json")) as Manifest;
const licence = read("LICENSE");

// Files a tarball must carry beyond the package's own entry points, per package name.
const EXTRA_FILES: Record<string, string[]> = { "create-miriam": ["THIRD-PARTY-NOTICES.md"] };
// The kit's own test code never ships: specs, type tests and their helpers. (The templates
// create-miriam copies into projects carry the project's tests on purpose.)
const TEST_CODE = [/\.test\.ts$/, /\.test-d\.ts$/, /(^|\/)_test-[^/]*$/, /\.test-helper\.ts$/];

// pnpm passes its own npm_config_* settings down; npm warns about each one it does not know.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_config_")),
);

const problems: string[] = [];
const versions = new Map<string, string>();
for (const entry of readdirSync(join(root, "packages"), { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const dir = `packages/${entry.name}`;
  const manifest = JSON.parse(read(`${dir}/package.json`)) as Manifest;
  if (manifest.private) continue;
  const say = (message: string) => problems.push(`${manifest.name} (${dir}): ${message}`);
  versions.set(manifest.name, manifest.version);

  if (manifest.publishConfig?.access !== "public") say('publishConfig.access must be "public"');
  if (manifest.repository?.url !== rootManifest.repository?.url)
    say(`repository.url must be the root's (${rootManifest.repository?.url})`);
  if (manifest.repository?.directory !== dir) say(`repository.directory must be "${dir}"`);
  if (!manifest.homepage?.startsWith(rootManifest.homepage?.replace(/#readme$/, "") ?? "-"))
    say("homepage must point into the repository");
  if (manifest.bugs?.url !== rootManifest.bugs?.url) say("bugs.url must be the root's");
  const prepublish = manifest.scripts?.prepublishOnly ?? "";
  if (!/\bbuild\b/.test(prepublish) || !/\blint:package\b/.test(prepublish))
    say("scripts.prepublishOnly must build and run lint:package");

  let packedLicence: string | undefined;
  try {
    packedLicence = readFileSync(join(root, dir, "LICENSE"), "utf8");
  } catch {}
  if (packedLicence !== licence) say("LICENSE must be a copy of the root LICENSE (EUPL-1.2)");

  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: join(root, dir),
      encoding: "utf8",
      env,
    }),
  ) as { files: { path: string }[] }[];
  const paths = pack!.files.map((file) => file.path);
  for (const required of [
    "LICENSE",
    "README.md",
    "package.json",
    ...(EXTRA_FILES[manifest.name] ?? []),
  ])
    if (!paths.includes(required)) say(`the tarball lacks ${required}`);
  for (const path of paths)
    if (!path.startsWith("templates/") && TEST_CODE.some((pattern) => pattern.test(path)))
      say(`the tarball ships test code: ${path}`);
}

// One version for the kit (the changesets fixed group), like an edition of the method.
if (new Set(versions.values()).size > 1)
  problems.push(
    `the published packages must share one version (fixed group): ${[...versions]
      .map(([name, version]) => `${name}@${version}`)
      .join(", ")}`,
  );

// `--publishing` (the release job's publish step): 0.0.0 is the kit before its first
// release; publishing it would be an accident, never a decision.
if (process.argv.includes("--publishing") && [...versions.values()].includes("0.0.0"))
  problems.push("version 0.0.0 is never published: run the version step first (README, Releasing)");

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exitCode = 1;
else console.log(`${versions.size} packages ready to publish: licence, metadata, contents.`);
