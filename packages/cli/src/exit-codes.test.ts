import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, cleanup } = cohortDir();
afterAll(cleanup);

describe("exit codes, help and colour", () => {
  it("exits 2 on a usage error, with the help hint on stderr", async () => {
    for (const args of [
      ["validate"],
      ["frobnicate"],
      ["replay", "export", "--lang", "xx"],
      ["report", "export", "--format", "pdf"],
      ["validate", "missing.jsonl"],
    ]) {
      const result = await miriam(args, { cwd: dir });
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.length, args.join(" ")).toBeGreaterThan(0);
      expect(result.stdout, args.join(" ")).toBe("");
    }
  });

  it("gives --help with examples for every command, and exits 0", async () => {
    const top = await miriam(["--help"]);
    expect(top.code).toBe(0);
    for (const command of [
      "validate",
      "replay",
      "report",
      "render",
      "diagram",
      "demo",
      "conformance",
    ]) {
      expect(top.stdout).toContain(command);
      const help = await miriam([command, "--help"]);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/Examples:\n\s+\$ miriam /);
    }
  });

  it("colours only on a terminal or with FORCE_COLOR, and never with NO_COLOR", async () => {
    const ESC = "\u001b[";
    const plain = await miriam(["validate", "export"], { cwd: dir });
    expect(plain.stdout).not.toContain(ESC);
    const forced = await miriam(["validate", "export"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(ESC);
    const both = await miriam(["validate", "export"], {
      cwd: dir,
      env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    });
    expect(both.stdout).not.toContain(ESC);
    expect(both.stdout).toBe(plain.stdout);
  });

  it("prints the version", async () => {
    const result = await miriam(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
