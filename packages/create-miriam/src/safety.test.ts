import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./_spawn-cli.test-helper";
import { prepareTarget, TargetWriter } from "./_target-dir";
import { ScaffoldError } from "./errors";
import { scaffold } from "./scaffold";

// What the scaffold must never do: write into someone's files, leave the target, follow a
// link, or hang waiting for a terminal that is not there.

const OCMW = ["--ocmw", "OCMW Leuven", "--region", "flanders", "--skip-install", "--no-git"];

let cwd: string;
beforeAll(() => {
  cwd = tempDir();
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("a non-empty directory", () => {
  it("is refused, and nothing in it changes", async () => {
    const dir = join(cwd, "busy");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "mine");
    const run = await runCli(["busy", ...OCMW], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("is not empty");
    expect(run.stderr).toContain("--overwrite");
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  it("is emptied with --overwrite, which keeps .git", async () => {
    const dir = join(cwd, "reuse");
    mkdirSync(join(dir, ".git"), { recursive: true });
    writeFileSync(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
    writeFileSync(join(dir, "old.txt"), "old");
    mkdirSync(join(dir, "old-folder"));
    const run = await runCli(["reuse", ...OCMW, "--overwrite"], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, ".git", "HEAD"), "utf8")).toBe("ref: refs/heads/main\n");
    expect(existsSync(join(dir, "old.txt"))).toBe(false);
    expect(existsSync(join(dir, "old-folder"))).toBe(false);
    expect(existsSync(join(dir, "miriam.config.json"))).toBe(true);
  });

  it("counts a directory holding only .git as empty", async () => {
    const dir = join(cwd, "only-git");
    mkdirSync(join(dir, ".git"), { recursive: true });
    const run = await runCli(["only-git", ...OCMW], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, ".git"))).toBe(true);
  });
});

describe("paths", () => {
  it("refuses a directory that climbs out with '..'", async () => {
    const inner = join(cwd, "inner");
    mkdirSync(inner);
    const run = await runCli(["../escaped", ...OCMW], inner);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("do not use '..'");
    expect(existsSync(join(cwd, "escaped"))).toBe(false);
  });

  it("refuses a target that is a symbolic link", async () => {
    const real = join(cwd, "real-target");
    mkdirSync(real);
    symlinkSync(real, join(cwd, "link-target"));
    const run = await runCli(["link-target", ...OCMW], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("symbolic link");
    expect(readdirSync(real)).toEqual([]);
  });

  it("refuses a target whose parent is a symbolic link, and writes nothing where it points", async () => {
    const real = join(cwd, "real-parent");
    mkdirSync(real);
    symlinkSync(real, join(cwd, "link-parent"));
    const run = await runCli(["link-parent/project", ...OCMW], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("symbolic link");
    expect(readdirSync(real)).toEqual([]);
  });

  it("refuses a target reached by an absolute path through a symbolic link", () => {
    const real = join(cwd, "real-abs");
    mkdirSync(real);
    symlinkSync(real, join(cwd, "link-abs"));
    expect(() =>
      prepareTarget(join(cwd, "link-abs", "project"), false, join(cwd, "elsewhere")),
    ).toThrow(/symbolic link/);
    expect(readdirSync(real)).toEqual([]);
  });

  it("refuses a target whose .git is a symbolic link, even with --overwrite", async () => {
    const dir = join(cwd, "git-link");
    const elsewhere = join(cwd, "someone-elses-repo");
    mkdirSync(dir);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, ".git"));
    const run = await runCli(["git-link", "--overwrite", ...OCMW], cwd);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("symbolic link");
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(dir)).toEqual([".git"]);
  });

  it("never writes outside the target, nor through a link inside it", () => {
    const root = join(cwd, "writer");
    mkdirSync(root);
    const outside = join(cwd, "outside");
    mkdirSync(outside);
    symlinkSync(outside, join(root, "calendar"));
    const writer = new TargetWriter(root);
    const refusal = (path: string) => {
      try {
        writer.write(path, "x");
      } catch (error) {
        return (error as ScaffoldError).code;
      }
      return "written";
    };
    expect(refusal("../x.txt")).toBe("path-escape");
    expect(refusal("events/../../x.txt")).toBe("path-escape");
    expect(refusal(join(cwd, "absolute.txt"))).toBe("path-escape");
    expect(refusal("calendar/group-a.ics")).toBe("symlink");
    expect(readdirSync(outside)).toEqual([]);
    expect(refusal("events/group-a.jsonl")).toBe("written");
  });

  it("leaves symbolic links of a template out of the copy", () => {
    const template = join(cwd, "templates-with-link", "ocmw-project");
    mkdirSync(template, { recursive: true });
    writeFileSync(join(template, "README.md"), "kit");
    symlinkSync("/etc/passwd", join(template, "passwd"));
    const root = join(cwd, "copy");
    mkdirSync(root);
    const writer = new TargetWriter(root);
    writer.copyDirectory(template, new Set());
    expect(writer.files).toEqual(["README.md"]);
    expect(existsSync(join(root, "passwd"))).toBe(false);
  });
});

describe("names", () => {
  it("refuses a package name npm would refuse", async () => {
    const run = await runCli(
      [
        "adapter",
        "--template",
        "vendor-starter",
        "--package-name",
        "My Adapter",
        "--skip-install",
        "--no-git",
      ],
      cwd,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("not a valid package name");
    expect(existsSync(join(cwd, "adapter"))).toBe(false);
  });

  it("refuses answers that make invalid settings before writing anything", () => {
    expect(() =>
      scaffold({
        targetDir: "bad-date",
        cwd,
        template: "ocmw-project",
        project: {
          ocmwName: "OCMW Gent",
          region: "flanders",
          languages: ["nl"],
          groups: 1,
          startDate: "2025-02-30",
        },
      }),
    ).toThrow(ScaffoldError);
    expect(existsSync(join(cwd, "bad-date"))).toBe(false);
  });
});

describe("without a terminal", () => {
  it("never waits for answers: a missing answer is a usage error (exit 2)", async () => {
    const run = await runCli(["somewhere"], cwd);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("--ocmw <name> and --region <region>");
    expect(existsSync(join(cwd, "somewhere"))).toBe(false);
  });

  it("refuses --interactive instead of hanging", async () => {
    const run = await runCli(["--interactive", ...OCMW], cwd);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("needs a terminal");
  });

  it("treats CI like a missing terminal", async () => {
    const run = await runCli(["ci-run"], cwd, { CI: "true" });
    expect(run.code, run.stderr).toBe(2);
  });

  it("explains a wrong flag value", async () => {
    const run = await runCli(["x", "--region", "wallonie", "--ocmw", "CPAS"], cwd);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(
      '--region must be one of flanders, wallonia, brussels, german-speaking; got "wallonie"',
    );
  });

  it("prints the help with every flag", async () => {
    const run = await runCli(["--help"], cwd);
    expect(run.code, run.stderr).toBe(0);
    for (const flag of [
      "--template",
      "--ocmw",
      "--region",
      "--languages",
      "--groups",
      "--start",
      "--months",
      "--overwrite",
      "--skip-install",
      "--no-git",
      "--no-interactive",
    ])
      expect(run.stdout).toContain(flag);
  });
});
