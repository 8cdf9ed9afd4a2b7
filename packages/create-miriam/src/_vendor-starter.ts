import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TargetWriter } from "./_target-dir";

/** The name the template's package.json and README use, replaced by the project's. */
const TEMPLATE_NAME = "miriam-vendor-starter";

/** Build output and installs in a template checkout never belong in a new project. */
const SKIP = new Set(["_template", "node_modules", "dist", "coverage"]);

/** Writes the `vendor-starter` package under its new name. */
export function writeVendorStarter(
  writer: TargetWriter,
  input: { readonly templateDir: string; readonly packageName: string },
): void {
  writer.copyDirectory(input.templateDir, SKIP);
  const manifest = JSON.parse(readFileSync(join(input.templateDir, "package.json"), "utf8"));
  manifest.name = input.packageName;
  writer.write("package.json", `${JSON.stringify(manifest, null, 2)}\n`);
  const readme = readFileSync(join(input.templateDir, "README.md"), "utf8");
  writer.write("README.md", readme.split(TEMPLATE_NAME).join(input.packageName));
}
