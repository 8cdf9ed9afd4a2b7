import { readdirSync } from "node:fs";
import { defineConfig } from "vitest/config";

// One vitest project per package, all resolving sibling packages to their TypeScript
// source through the "@miriam/source" export condition, so tests never need a build.
const packages = readdirSync(new URL("./packages", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig({
  resolve: { conditions: ["@miriam/source"] },
  ssr: { resolve: { conditions: ["@miriam/source"] } },
  test: {
    reporters: ["default", "./scripts/vitest-summary-reporter.ts"],
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        root: `packages/${name}`,
        include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
        typecheck: {
          enabled: true,
          include: ["src/**/*.test-d.ts"],
          tsconfig: "../../tsconfig.json",
        },
      },
    })),
  },
});
