import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A runnable code sample of a docs page: a fenced block opened with ```ts run. */
export interface Sample {
  /** Page path relative to docs/, e.g. `guides/vendor.md`. */
  readonly page: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
}

// ```ts run, ```typescript run, also with more attributes (```ts run {2}).
const OPENING = /^(?<fence>`{3,}|~{3,})\s*(?:ts|typescript)\b(?<meta>.*)$/;

/** The runnable samples of one Markdown text. Pure. */
export function samplesOf(page: string, markdown: string): Sample[] {
  const samples: Sample[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const match = OPENING.exec(lines[index]!);
    if (!match?.groups) continue;
    const { fence, meta } = match.groups as { fence: string; meta: string };
    const end = lines.findIndex((line, i) => i > index && line.trimEnd() === fence);
    if (end === -1) throw new Error(`${page}:${index + 1}: code block never closed`);
    if (/(^|\s)run(\s|$)/.test(meta))
      samples.push({ page, line: index + 1, code: lines.slice(index + 1, end).join("\n") });
    index = end;
  }
  return samples;
}

// Directories that hold no hand-written pages with samples.
const SKIPPED = new Set([
  "node_modules",
  "api",
  ".vitepress",
  ".samples",
  "public",
  "scripts",
  "test",
]);

/** Every Markdown page of the docs site, relative to `docs`. */
export function markdownPages(docs: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.name.endsWith(".md")) pages.push(relative(docs, join(dir, entry.name)));
    }
  };
  walk(docs);
  return pages.sort();
}

/** Every runnable sample of the docs site. */
export function allSamples(docs: string): Sample[] {
  return markdownPages(docs).flatMap((page) =>
    samplesOf(page, readFileSync(join(docs, page), "utf8")),
  );
}

/** A file name for a sample that says where it comes from: `guides-vendor.md-L42.ts`. */
export function sampleFileName(sample: Sample): string {
  return `${sample.page.replace(/[\\/]/g, "-")}-L${sample.line}.ts`;
}
