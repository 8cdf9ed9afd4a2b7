import { existsSync, readdirSync } from "node:fs";
import { defineConfig } from "vitest/config";

// One vitest project per package, all resolving sibling packages to their TypeScript
// source through the "@miriam/source" export condition, so tests never need a build.
const packages = readdirSync(new URL("./packages", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Runnable examples with a test/ folder (the case-manager app): API tests against SQLite
// and PostgreSQL and end-to-end tests in Chromium, slower than unit tests.
const examples = readdirSync(new URL("./examples", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => existsSync(new URL(`./examples/${name}/test`, import.meta.url)));

export default defineConfig({
  resolve: { conditions: ["@miriam/source"] },
  ssr: { resolve: { conditions: ["@miriam/source"] } },
  test: {
    reporters: ["default", "./scripts/vitest-summary-reporter.ts"],
    // A timeout only catches a hang: speed is measured by the benches. Property tests of a
    // few hundred runs take 5–10 s on a shared, loaded machine, vitest's default limit.
    testTimeout: 30_000,
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
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
      ...examples.map((name) => ({
        extends: true as const,
        test: {
          name,
          root: `examples/${name}`,
          include: ["test/**/*.test.ts"],
          // PostgreSQL: a schema per worker (test/postgres-schemas.ts).
          globalSetup: ["test/postgres-schemas.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
      // The trajectory's tests again, with the replay's fast path off (see
      // packages/trajectory/src/_transition.ts): the fallback must give the same results.
      {
        extends: true,
        test: {
          name: "trajectory-xstate-only",
          root: "packages/trajectory",
          include: ["src/**/*.test.ts"],
          exclude: ["src/fast-path.test.ts"],
          setupFiles: ["src/_test-xstate-only.ts"],
        },
      },
      // The docs site: its code samples run as tests (docs/test/samples.test.ts).
      {
        extends: true,
        test: { name: "docs", root: "docs", include: ["test/**/*.test.ts"] },
      },
    ],
  },
});
