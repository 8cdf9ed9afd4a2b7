// Writes one golden HTML (and its Markdown) per template and language to golden/, from
// the sample data in _samples.ts. `--check` compares instead of writing, for CI.
// Review changed goldens by eye: open them in a browser and print to A4.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderSamples } from "./_render-samples";

const dir = fileURLToPath(new URL("../golden/", import.meta.url));
const check = process.argv.includes("--check");

const expected = new Map<string, string>();
for (const { file, document } of renderSamples()) {
  expected.set(`${file}.html`, document.html);
  expected.set(`${file}.md`, document.markdown);
}

const stale: string[] = [];
for (const [name, content] of expected) {
  let current: string | undefined;
  try {
    current = readFileSync(`${dir}${name}`, "utf8");
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) stale.push(name);
  else writeFileSync(`${dir}${name}`, content);
}
const extra = readdirSync(dir).filter((name) => /\.(html|md)$/.test(name) && !expected.has(name));

if (check && (stale.length > 0 || extra.length > 0)) {
  console.error(
    `Golden files are out of date: ${[...stale, ...extra].join(", ")}.\nRun \`pnpm --filter @miriam/documents golden\`, then review the changes by eye.`,
  );
  process.exit(1);
}
if (!check) console.log(`${expected.size} golden files in golden/ are up to date.`);
