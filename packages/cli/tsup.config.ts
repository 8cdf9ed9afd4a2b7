import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.config.base";

export default defineConfig([
  libraryBuild,
  {
    // The command is ESM only: it is run, never required. tsup keeps the shebang.
    entry: ["src/bin.ts"],
    format: ["esm"],
    sourcemap: true,
    target: libraryBuild.target,
  },
]);
