// Fails when modules import each other in a circle, type imports included: a cycle makes
// load order matter and hides which module owns a concept (issue #13). It reads every
// folder of code in the tree: the packages' sources, scripts and benches, the examples
// and templates, the root scripts and the docs site's. Run by `pnpm lint`.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import madge from "madge";

const root = fileURLToPath(new URL("..", import.meta.url));
const CODE_FOLDERS = ["src", "scripts", "bench"];
const sources = ["packages", "examples", "templates"]
  .flatMap((group) => readdirSync(`${root}${group}`).map((name) => `${group}/${name}`))
  .flatMap((dir) => CODE_FOLDERS.map((folder) => `${dir}/${folder}`))
  .concat(["scripts", "docs/scripts", "docs/.vitepress"])
  .map((dir) => `${root}${dir}`)
  .filter((dir) => existsSync(dir));

const result = await madge(sources, {
  baseDir: root,
  fileExtensions: ["ts", "mts"],
  tsConfig: `${root}tsconfig.base.json`,
  excludeRegExp: [/\.test\.ts$/, /\.test-d\.ts$/, /\/generated\//, /\/node_modules\//, /\/dist\//],
  detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
});

const cycles = result.circular();
if (cycles.length > 0) {
  console.error(`Import cycles (${cycles.length}):`);
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(" → ")}`);
  process.exit(1);
}
console.log(
  `No import cycles among ${Object.keys(result.obj()).length} modules (${sources.length} folders).`,
);
