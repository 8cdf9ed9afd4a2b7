/**
 * Writes the package's generated file, or with `--check` fails when the committed one is
 * stale: `json/cli-output.schema.json`, the JSON Schema of what `miriam validate|replay|
 * report|conformance --json` writes, from its zod source (`src/_output.ts`).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { syncGeneratedFiles } from "../../../scripts/generated-files";
import { cliOutputJsonSchema } from "../src/_output";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

syncGeneratedFiles({
  label: "@miriam/cli",
  root,
  files: new Map([
    ["json/cli-output.schema.json", `${JSON.stringify(cliOutputJsonSchema(), null, 2)}\n`],
  ]),
  owned: ["json"],
  check: process.argv.includes("--check"),
});
