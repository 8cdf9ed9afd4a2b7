import { cpSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { defineConfig, type Options } from "tsup";
import { thirdPartyNotices } from "./scripts/_third-party-notices";

// Everything is bundled (`noExternal`): the published package has no runtime
// dependencies, so `npm create miriam` downloads one tarball and starts at once.
const shared: Options = {
  target: "node20",
  noExternal: [/.*/],
  sourcemap: false,
  shims: true,
};

// npm drops .gitignore files and never publishes node_modules; build output of a template
// tried out in place (dist, coverage) is not part of it either.
const SKIP = new Set(["node_modules", "dist", "coverage", ".gitignore"]);

/** Copies the repository's templates into the package, for the tarball. */
function copyTemplates(): void {
  rmSync("templates", { recursive: true, force: true });
  for (const template of ["ocmw-project", "vendor-starter"])
    cpSync(`../../templates/${template}`, `templates/${template}`, {
      recursive: true,
      filter: (source) => !SKIP.has(basename(source)),
    });
}

// The licences of everything bundled, from what esbuild actually put in: the notices ship
// beside LICENSE, the list of packages in dist/ for the release's SBOM. The ESM build
// holds everything the CJS build does (the same index, plus the CLI).
const notices = thirdPartyNotices({
  self: "create-miriam",
  notices: "THIRD-PARTY-NOTICES.md",
  list: "dist/third-party-packages.json",
});

// The two configs build in parallel, so each cleans only its own files.
export default defineConfig([
  {
    ...shared,
    // The CLI and the library share one chunk; the prompts load only in a terminal.
    entry: { index: "src/index.ts", cli: "src/cli.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    clean: ["*.js", "*.d.ts"],
    esbuildPlugins: [notices],
    onSuccess: async () => copyTemplates(),
  },
  {
    ...shared,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    clean: ["*.cjs", "*.d.cts"],
  },
]);
