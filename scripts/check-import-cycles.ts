// Fails when modules of a package import each other in a circle, type imports included:
// a cycle makes load order matter and hides which module owns a concept (issue #13).
// Run by `pnpm lint`.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import madge from "madge";

const root = fileURLToPath(new URL("..", import.meta.url));
const sources = readdirSync(`${root}packages`).map((name) => `${root}packages/${name}/src`);

const result = await madge(sources, {
  baseDir: root,
  fileExtensions: ["ts"],
  tsConfig: `${root}tsconfig.base.json`,
  excludeRegExp: [/\.test\.ts$/, /\.test-d\.ts$/, /\/generated\//],
  detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
});

const cycles = result.circular();
if (cycles.length > 0) {
  console.error(`Import cycles in packages/*/src (${cycles.length}):`);
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(" → ")}`);
  process.exit(1);
}
console.log(
  `No import cycles among ${Object.keys(result.obj()).length} modules of packages/*/src.`,
);
