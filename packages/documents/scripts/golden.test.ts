import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSamples } from "./_render-samples";

// One golden HTML (and Markdown) per template and language, reviewed by eye when it
// changes. Regenerate with `pnpm --filter @miriam/documents golden`.
describe.each(renderSamples().map((sample) => [sample.file, sample.document] as const))(
  "%s",
  (file, document) => {
    it("matches its golden files", () => {
      const golden = (ext: string) =>
        readFileSync(new URL(`../golden/${file}.${ext}`, import.meta.url), "utf8");
      expect(document.html === golden("html"), `golden/${file}.html is stale`).toBe(true);
      expect(document.markdown === golden("md"), `golden/${file}.md is stale`).toBe(true);
    });
  },
);
