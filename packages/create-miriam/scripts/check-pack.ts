// Checks what `npm pack` would publish: only the bin shim, the bundle, the templates, the
// README, LICENSE, the bundle's third-party notices and package.json, and no runtime dependency (everything is bundled, so
// `npm create miriam` downloads one tarball). Run after the build (`lint:package`).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const ALLOWED = [
  /^bin\/create-miriam\.js$/,
  /^dist\//,
  /^templates\//,
  /^LICENSE$/,
  /^THIRD-PARTY-NOTICES\.md$/,
  /^README\.md$/,
  /^package\.json$/,
];

// pnpm passes its own npm_config_* settings down; npm warns about each one it does not know.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_config_")),
);
const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    encoding: "utf8",
    env,
  }),
) as { files: { path: string }[] }[];
const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const problems = [
  ...pack!.files
    .map((file) => file.path)
    .filter((path) => !ALLOWED.some((pattern) => pattern.test(path)))
    .map((path) => `${path} would be published`),
  ...["dependencies", "peerDependencies", "optionalDependencies"]
    .filter((field) => Object.keys(manifest[field] ?? {}).length > 0)
    .map((field) => `package.json has ${field}: the CLI must bundle everything`),
  ...[
    "dist/cli.js",
    "dist/index.js",
    "dist/index.cjs",
    "dist/third-party-packages.json",
    "THIRD-PARTY-NOTICES.md",
    "templates/ocmw-project/package.json",
    "templates/vendor-starter/package.json",
  ]
    .filter((path) => !pack!.files.some((file) => file.path === path))
    .map((path) => `${path} is missing: build first`),
];
// The notices must name what the bundle is known to hold (the list is generated; this
// only catches a generator that silently lost packages).
const notices = readFileSync("THIRD-PARTY-NOTICES.md", "utf8");
for (const name of ["zod", "entities", "@clack/prompts", "picocolors"])
  if (!notices.includes(`## ${name} `))
    problems.push(`THIRD-PARTY-NOTICES.md does not list ${name}`);

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exitCode = 1;
else console.log(`npm pack: ${pack!.files.length} files, no runtime dependencies.`);
