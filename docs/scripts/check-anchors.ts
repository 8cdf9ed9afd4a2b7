/**
 * Checks the `#anchors` of every internal link in the built site. VitePress fails the
 * build on a link to a missing page but does not look at anchors, and the method pages
 * link to sections (`trajectory.md#fidelity-signals`) that must keep existing.
 *
 *   tsx scripts/check-anchors.ts        (after `vitepress build`; part of `pnpm docs:build`)
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "../.vitepress/dist");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const decode = (value: string) =>
  decodeURIComponent(
    value
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

/** The built file a link points to, or undefined for external and non-page links. */
function targetOf(from: string, href: string): { file: string; anchor: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return undefined;
  const hash = href.indexOf("#");
  if (hash === -1) return undefined;
  const path = href.slice(0, hash).split("?")[0]!;
  const anchor = decode(href.slice(hash + 1));
  if (anchor === "") return undefined;
  let file =
    path === "" ? from : path.startsWith("/") ? join(DIST, path) : resolve(dirname(from), path);
  if (path.endsWith("/")) file = join(file, "index.html");
  else if (path !== "" && !file.endsWith(".html")) file = `${file}.html`;
  return { file, anchor };
}

function main(): number {
  const files = htmlFiles(DIST);
  const ids = new Map<string, Set<string>>();
  const read = new Map<string, string>();
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    read.set(file, html);
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
  }
  const broken: string[] = [];
  let checked = 0;
  for (const [file, html] of read) {
    for (const match of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
      const target = targetOf(file, match[1]!);
      if (target === undefined) continue;
      checked++;
      const known = ids.get(target.file);
      // A missing page is VitePress's own dead-link check; here only anchors count.
      if (known !== undefined && !known.has(target.anchor))
        broken.push(`${relative(DIST, file)}: ${match[1]} (no #${target.anchor} on the page)`);
    }
  }
  if (broken.length > 0) {
    for (const line of [...new Set(broken)]) console.error(`broken anchor: ${line}`);
    console.error(`${new Set(broken).size} link(s) point to a section that does not exist.`);
    return 1;
  }
  console.log(`docs: ${checked} links with an anchor checked in ${files.length} pages, all found.`);
  return 0;
}

process.exitCode = main();
