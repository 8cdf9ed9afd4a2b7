import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { closingOutcomes } from "@miriam/schemas";
import { describe, expect, it } from "vitest";

// Written pages that must keep up with the repository: the packages page names every
// package of the kit, with its section and its API page.

const DOCS = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = join(DOCS, "../packages");

const packageNames = readdirSync(PACKAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const manifest = JSON.parse(readFileSync(join(PACKAGES, entry.name, "package.json"), "utf8"));
    return manifest.name as string;
  });

describe("the packages page", () => {
  const page = readFileSync(join(DOCS, "packages.md"), "utf8");

  it.each(packageNames)("presents %s and links to its API reference", (name) => {
    expect(page).toContain(`## \`${name}\``);
    expect(page).toContain(`(./api/${name}/)`);
  });
});

// The trainers teach the closing from their guide: it names every outcome a trajectory
// can close with, by the vocabulary's label, so a new outcome cannot be left out.
describe.each([
  ["en", "guides/trainer.md"],
  ["nl", "nl/guides/trainer.md"],
  ["fr", "fr/guides/trainer.md"],
] as const)("the %s trainer guide", (language, file) => {
  const guide = readFileSync(join(DOCS, file), "utf8");
  const closed = guide.slice(guide.indexOf("{#closed}"));

  it.each(closingOutcomes.terms.map((term) => term.code))(
    "names the closing outcome %s in its section on the closing",
    (code) => {
      expect(closed).toContain(`*${closingOutcomes.labelsOf(code)[language]}*`);
    },
  );
});
