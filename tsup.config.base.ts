import type { Options } from "tsup";

/**
 * The one build of a publishable library package: dual ESM/CJS with types for Node 20.
 * Each package's `tsup.config.ts` uses it, adding entries (a CLI) where it needs them.
 */
export const libraryBuild: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
};
