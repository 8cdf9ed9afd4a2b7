import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { allSamples, markdownPages, sampleFileName, samplesOf } from "./_samples";

// The code samples of the docs run as tests: every ```ts run block of a page is written to
// its own file under docs/.samples and imported. Samples import the packages by name
// (`@miriam/schemas`), as readers do, resolved to the workspace's TypeScript source.

const DOCS = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(DOCS, ".samples");
const samples = allSamples(DOCS);
const fileOf = (sample: (typeof samples)[number]) => join(OUT, sampleFileName(sample));

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const sample of samples) writeFileSync(fileOf(sample), `${sample.code}\n`);
});

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

describe("finding samples", () => {
  it("finds ```ts run blocks and only those", () => {
    const markdown = [
      "```ts run",
      "const a = 1;",
      "```",
      "```ts",
      "not run",
      "```",
      "````typescript run {2}",
      "```",
      "const b = 2;",
      "````",
    ].join("\n");
    expect(samplesOf("x.md", markdown)).toEqual([
      { page: "x.md", line: 1, code: "const a = 1;" },
      { page: "x.md", line: 7, code: "```\nconst b = 2;" },
    ]);
  });

  it("every guide has runnable samples", () => {
    const guides = markdownPages(DOCS).filter((page) => page.startsWith("guides/"));
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides)
      expect(
        samples.some((sample) => sample.page === guide),
        guide,
      ).toBe(true);
  });
});

describe("code samples run", () => {
  it.each(samples.map((sample) => [`${sample.page}:${sample.line}`, sample] as const))(
    "%s",
    async (_name, sample) => {
      // Samples print what a reader would see; the test keeps the output quiet.
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      try {
        await import(pathToFileURL(fileOf(sample)).href);
      } finally {
        log.mockRestore();
      }
    },
  );
});

describe("code samples type-check", () => {
  it("against the packages' public types", () => {
    const configPath = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
    const config = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
        },
      },
    );
    if (config === undefined) throw new Error(`Cannot read ${configPath}`);
    const program = ts.createProgram({
      rootNames: samples.map(fileOf),
      options: { ...config.options, noEmit: true },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(OUT))
      .map((diagnostic) => {
        const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const sample = samples.find((s) => fileOf(s) === diagnostic.file!.fileName)!;
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        return `${sample.page}:${sample.line + 1 + line}: ${message}`;
      });
    expect(problems).toEqual([]);
  }, 60_000);
});
