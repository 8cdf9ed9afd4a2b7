import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli, tempDir } from "./_spawn-cli.test-helper";

// The starter must pass its own tests out of the box. The @miriam packages are not
// published yet, so the generated project's @miriam dependencies are pointed at this
// workspace's packages (pnpm overrides with `link:`); everything else (vitest, zod,
// typescript, xstate) is a real install, from pnpm's store when it is there. Vitest and tsc
// then run in the generated project against the packages' TypeScript source (the
// @miriam/source condition), so no package has to be built first.

const packages = fileURLToPath(new URL("../..", import.meta.url));
const WORKSPACE_PACKAGES = ["schemas", "conformance", "trajectory", "evaluation"];

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 240_000,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

let cwd: string;
let dir: string;
let scaffolded: CliRun;

beforeAll(async () => {
  cwd = tempDir();
  dir = join(cwd, "acme-adapter");
  scaffolded = await runCli(
    [
      "acme-adapter",
      "--template",
      "vendor-starter",
      "--package-name",
      "@acme/miriam-adapter",
      "--skip-install",
      "--no-git",
    ],
    cwd,
    { npm_config_user_agent: "pnpm/10.34.9 npm/? node/v20.20.2 linux x64" },
  );
}, 60_000);

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("vendor-starter", () => {
  it("is written under its package name, with pnpm's next steps", () => {
    expect(scaffolded.code, scaffolded.stderr).toBe(0);
    expect(scaffolded.stdout).toContain("pnpm install");
    expect(scaffolded.stdout).toContain("pnpm test");
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(manifest.name).toBe("@acme/miriam-adapter");
    expect(manifest.dependencies["@miriam/schemas"]).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(manifest.devDependencies["@miriam/conformance"]).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toMatch(/^# @acme\/miriam-adapter\n/);
    expect(existsSync(join(dir, ".gitignore"))).toBe(true);
  });

  it("passes its own tests and type-checks, the conformance kit included", () => {
    const manifestPath = join(dir, "package.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.pnpm = {
      overrides: Object.fromEntries(
        WORKSPACE_PACKAGES.map((name) => [`@miriam/${name}`, `link:${join(packages, name)}`]),
      ),
    };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(
      join(dir, "vitest.workspace-source.config.ts"),
      [
        'import { defineConfig, mergeConfig } from "vitest/config";',
        'import base from "./vitest.config.ts";',
        "",
        'const conditions = ["@miriam/source"];',
        "export default mergeConfig(base, defineConfig({ resolve: { conditions }, ssr: { resolve: { conditions } } }));",
        "",
      ].join("\n"),
    );

    const install = run(
      "pnpm",
      ["install", "--prefer-offline", "--no-frozen-lockfile", "--reporter=append-only"],
      dir,
    );
    expect(install.code, install.output).toBe(0);

    const tests = run(
      "pnpm",
      ["exec", "vitest", "run", "--config", "vitest.workspace-source.config.ts"],
      dir,
    );
    expect(tests.code, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+\d+ passed/);
    expect(tests.output).toContain("conformance.test.ts");

    // Bundler resolution because the workspace's sources import without extensions; the
    // starter's own code is NodeNext-clean (`.js` imports) for its published build.
    const types = run(
      "pnpm",
      [
        "exec",
        "tsc",
        "--noEmit",
        "--module",
        "esnext",
        "--moduleResolution",
        "bundler",
        "--customConditions",
        "@miriam/source",
      ],
      dir,
    );
    expect(types.code, types.output).toBe(0);
  }, 300_000);
});
