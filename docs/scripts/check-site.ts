/**
 * Checks the built site as a reader's browser sees it: every page in every language with
 * axe-core in Chromium (WCAG 2.1 AA is a public-sector obligation: 0 violations of any
 * impact), and the English fallback of a page that has no Dutch or French version.
 *
 *   tsx scripts/check-site.ts        (after `vitepress build`; part of `pnpm docs:build`)
 *
 * Needs Debian's Chromium (`apt-get install -y chromium`); set MIRIAM_CHROMIUM to use
 * another binary.
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";

const DIST = join(dirname(fileURLToPath(import.meta.url)), "../.vitepress/dist");
const CHROMIUM = process.env.MIRIAM_CHROMIUM ?? "/usr/bin/chromium";
const PARALLEL = 2;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".png": "image/png",
};

/** Serves the built site the way a static host does: clean URLs and 404.html. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const candidates = [path, `${path}.html`, join(path, "index.html")].map((p) => join(DIST, p));
    const file = candidates.find(
      (c) => c.startsWith(DIST) && existsSync(c) && statSync(c).isFile(),
    );
    response.statusCode = file === undefined ? 404 : 200;
    const body = file ?? join(DIST, "404.html");
    response.setHeader("content-type", TYPES[extname(body)] ?? "application/octet-stream");
    createReadStream(body).pipe(response);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith(".html") && path !== join(DIST, "404.html") ? [path] : [];
  });
}

/**
 * Every written and generated page of the site, and one page per folder of the typedoc API
 * reference: its 400-odd pages come from a handful of templates, and auditing each took
 * about 15 minutes of CI on two cores for no more findings.
 */
function sample(files: string[]): string[] {
  const seen = new Set<string>();
  return files
    .map((file) => `/${relative(DIST, file).split(sep).join("/")}`)
    .sort()
    .filter((path) => {
      if (!path.startsWith("/api/")) return true;
      const folder = path.slice(0, path.lastIndexOf("/"));
      if (seen.has(folder)) return false;
      seen.add(folder);
      return true;
    });
}

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly page: string;
  readonly target: string;
}

// The site's chrome (navigation, sidebar, search, language and appearance switches) is the
// same component on every page: it is checked whole on these pages, in each language, and
// every page's own content (everything inside VitePress's content area) is checked on
// every page. Checking the chrome 458 times took about 14 minutes on two cores.
const WHOLE = ["index.html", "method/index.html", "method/trajectory.html", "guides/trainer.html"];
const wholePages = new Set(
  ["", "nl/", "fr/"]
    .flatMap((prefix) => WHOLE.map((path) => `/${prefix}${path}`))
    .concat(["/reference/index.html", "/api/index.html", "/decisions.html"]),
);

async function audit(browser: Browser, origin: string, paths: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  let context = await browser.newContext();
  let page = await context.newPage();
  for (const path of paths) {
    // A renderer that dies under load (two shared cores) is restarted once per page.
    for (let attempt = 1; ; attempt++) {
      try {
        findings.push(...(await auditPage(page, `${origin}${path}`, path)));
        break;
      } catch (error) {
        await context.close().catch(() => undefined);
        context = await browser.newContext();
        page = await context.newPage();
        if (attempt === 2) throw error;
      }
    }
  }
  await context.close();
  return findings;
}

async function auditPage(page: Page, url: string, path: string): Promise<Finding[]> {
  await page.goto(url, { waitUntil: "load" });
  // Hydration adds the chrome's accessible names: audit the page once the client has
  // loaded, as a reader meets it.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  const builder = new AxeBuilder({ page });
  if (!wholePages.has(path)) builder.include(".VPContent");
  const result = await builder.analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: violation.impact ?? "unknown",
      help: violation.help,
      page: path,
      target: node.target.join(" "),
    })),
  );
}

async function checkFallback(browser: Browser, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const page = await browser.newPage();
  for (const [from, english, note] of [
    ["/nl/guides/vendor", "/guides/vendor", "Deze pagina bestaat niet in het Nederlands"],
    ["/fr/reference/", "/reference/", "Cette page n'existe pas en français"],
  ] as const) {
    await page.goto(`${origin}${from}`);
    await page
      .waitForURL((url) => url.pathname.replace(/\.html$/, "") === english.replace(/\/$/, "/"), {
        timeout: 10_000,
      })
      .catch(() => problems.push(`${from}: did not fall back to ${english} (at ${page.url()})`));
    const text = await page
      .locator(".fallback-note")
      .textContent({ timeout: 5_000 })
      .catch(() => null);
    if (!text?.includes(note)) problems.push(`${from}: no note "${note}" on ${page.url()}`);
  }
  await page.close();
  return problems;
}

if (!existsSync(CHROMIUM)) {
  // CI always has it (.ci/run installs it); a contributor without it still gets a site.
  const where = `${CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium)`;
  if (process.env.CI === "true") {
    console.error(`${where}.`);
    process.exit(2);
  }
  console.warn(`${where} to check the site's accessibility; skipped.`);
  process.exit(0);
}
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${DIST} has no built site: run vitepress build first.`);
  process.exit(2);
}

const server = await serve();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const verbose = process.argv.includes("--verbose");
  const only = process.argv.slice(2).filter((arg) => arg !== "--verbose");
  const paths = only.length > 0 ? only : sample(pages(DIST));
  const shares = Array.from({ length: PARALLEL }, (_, i) =>
    paths.filter((_, j) => j % PARALLEL === i),
  );
  const findings = (await Promise.all(shares.map((share) => audit(browser, origin, share)))).flat();
  const fallback = await checkFallback(browser, origin);

  const byRule = new Map<string, Finding[]>();
  for (const finding of findings)
    byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  for (const [rule, list] of byRule) {
    const pagesHit = new Set(list.map((f) => f.page));
    console.error(
      `${rule} (${list[0]!.impact}): ${list[0]!.help}. ${list.length} elements on ${pagesHit.size} pages, e.g. ${list[0]!.page} ${list[0]!.target}`,
    );
  }
  if (verbose) for (const f of findings) console.error(`  ${f.rule} ${f.page} ${f.target}`);
  for (const problem of fallback) console.error(`language fallback: ${problem}`);
  console.log(
    `docs: ${paths.length} pages checked with axe-core in Chromium: ${findings.length} violations; language fallback ${fallback.length === 0 ? "works" : "broken"}.`,
  );
  process.exitCode = findings.length === 0 && fallback.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
