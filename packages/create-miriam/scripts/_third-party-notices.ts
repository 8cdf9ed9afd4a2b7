// The third-party notices of create-miriam's bundle, generated from what esbuild put into
// it: esbuild's metafile lists every input file of the bundle; each input belongs to the
// package whose package.json (with a name) is nearest above it. That package's licence
// and notice files go into THIRD-PARTY-NOTICES.md for people, and the list of packages
// into dist/third-party-packages.json, which the release's SBOM adds as components
// (scripts/sbom.sh at the root).
//
// esbuild-plugin-license was tried first: it stops at the first package.json above a file,
// which for packages such as entities is a nameless `dist/esm/package.json`
// (`{"type":"module"}`), and so it silently left them out.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/** One bundled package, as the notices and the SBOM list it. */
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly repository?: string;
  /** The package's licence and notice files, in file-name order. */
  readonly texts: readonly { readonly file: string; readonly text: string }[];
}

/** The kit's own packages are bundled too, under this package's licence (LICENSE). */
const isKitPackage = (name: string) => name.startsWith("@miriam/");
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

interface Manifest {
  name?: string;
  version?: string;
  license?: string;
  repository?: string | { url?: string };
}

/** The directory and manifest of the package a file belongs to. */
function packageOf(file: string): { dir: string; manifest: Manifest } | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const path = join(dir, "package.json");
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
      // A nested package.json that only sets "type" is not a package.
      if (manifest.name !== undefined) return { dir, manifest };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The packages that the bundle's input files (paths relative to `cwd`, as in esbuild's
 * metafile) come from, sorted by name: the kit's own and the package itself left out.
 */
export function bundledPackages(
  inputs: readonly string[],
  cwd: string,
  self: string,
): { packages: BundledPackage[]; kit: string[] } {
  const found = new Map<string, { dir: string; manifest: Manifest }>();
  for (const input of inputs) {
    if (input.includes(":")) continue; // esbuild's virtual modules ("<define:…>", "node:…")
    const owner = packageOf(resolve(cwd, input));
    if (owner?.manifest.name !== undefined) found.set(owner.dir, owner);
  }
  const names = [...found.values()].map(({ manifest }) => manifest.name!);
  const packages = [...found.values()]
    .filter(({ manifest }) => manifest.name !== self && !isKitPackage(manifest.name!))
    .map(({ dir, manifest }): BundledPackage => {
      const url =
        typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
      const repository = url?.replace(/^git\+/, "").replace(/\.git$/, "");
      return {
        name: manifest.name!,
        version: manifest.version ?? "0.0.0",
        license: manifest.license ?? "UNKNOWN",
        ...(repository === undefined ? {} : { repository }),
        texts: readdirSync(dir)
          .filter((file) => LICENCE_FILE.test(file))
          .sort()
          .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8").trim() })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return { packages, kit: [...new Set(names.filter(isKitPackage))].sort() };
}

/** THIRD-PARTY-NOTICES.md: each bundled package with its licence text, as it ships it. */
export function noticesMarkdown(packages: readonly BundledPackage[], kit: readonly string[]) {
  const sections = packages.map((pkg) =>
    [
      `## ${pkg.name} ${pkg.version}`,
      "",
      `Licence: ${pkg.license}${pkg.repository === undefined ? "" : ` (${pkg.repository})`}`,
      "",
      ...(pkg.texts.length === 0
        ? ["The package ships no licence file; its package.json names the licence above.", ""]
        : pkg.texts.flatMap(({ file, text }) => [
            `${file}:`,
            "",
            "```text",
            text.replaceAll("```", "'''"),
            "```",
            "",
          ])),
    ].join("\n"),
  );
  return [
    "# Third-party notices",
    "",
    "create-miriam is one bundle (`dist/`): the packages below are compiled into it. Their",
    "licences and notices follow, as each package ships them. This file is generated from",
    "the bundle at build time (`scripts/_third-party-notices.ts`); do not edit it.",
    "",
    ...(kit.length === 0
      ? []
      : [
          `The kit's own packages in the bundle (${kit.map((name) => `\`${name}\``).join(", ")})`,
          "are licensed under the EUPL-1.2, like create-miriam itself: see LICENSE.",
          "",
        ]),
    ...sections,
  ].join("\n");
}

/**
 * An esbuild plugin that writes the notices (`notices`) and the package list (`list`)
 * after each build, from the build's metafile.
 */
export function thirdPartyNotices(options: {
  self: string;
  notices: string;
  list: string;
}): Plugin {
  return {
    name: "third-party-notices",
    setup(build) {
      build.initialOptions.metafile = true;
      const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
      build.onEnd((result) => {
        if (result.metafile === undefined) return;
        const { packages, kit } = bundledPackages(
          Object.keys(result.metafile.inputs),
          cwd,
          options.self,
        );
        writeFileSync(options.notices, noticesMarkdown(packages, kit));
        const list = packages.map(({ texts: _, ...pkg }) => pkg);
        // esbuild ends before tsup writes the bundle: on a fresh clone the folder of the
        // list may not be there yet (unless the other config's build made it first).
        mkdirSync(dirname(options.list), { recursive: true });
        writeFileSync(options.list, `${JSON.stringify(list, null, 2)}\n`);
      });
    },
  };
}
