import { describe, expect, it } from "vitest";
import { defaultStartDate, parseCliArgs, UsageError } from "./_args";
import { packageNameProblems, targetDirProblems, toPackageName } from "./names";
import { detectPackageManager } from "./package-manager";
import { projectSettings, slugify } from "./project-settings";
import { targetGroupRules } from "./target-group";

describe("package names", () => {
  it("accepts npm's valid names, scoped or not", () => {
    expect(packageNameProblems("miriam-adapter")).toEqual([]);
    expect(packageNameProblems("@acme/miriam-adapter")).toEqual([]);
  });

  it("says what is wrong with an invalid one", () => {
    expect(packageNameProblems("My Adapter")).toContain("use lowercase letters only");
    expect(packageNameProblems(".hidden")).toContain("do not start with '.' or '_'");
    expect(packageNameProblems("node_modules")).toContain('"node_modules" is reserved');
    expect(packageNameProblems("a".repeat(215))).toContain("use at most 214 characters");
  });

  it("makes a valid name from a directory name", () => {
    expect(toPackageName("My Adapter")).toBe("my-adapter");
    expect(toPackageName("  _Kit (2025)  ")).toBe("kit-2025");
    expect(packageNameProblems(toPackageName("Ünïcode Ö"))).toEqual([]);
  });
});

describe("directory names", () => {
  it("accepts plain names, nested paths and the current directory", () => {
    expect(targetDirProblems("miriam-gent")).toEqual([]);
    expect(targetDirProblems("projects/miriam-gent")).toEqual([]);
    expect(targetDirProblems(".")).toEqual([]);
  });

  it("refuses '..', characters Windows refuses and names that read as flags", () => {
    expect(targetDirProblems("../x")[0]).toContain("'..'");
    expect(targetDirProblems("a/../../b")[0]).toContain("'..'");
    expect(targetDirProblems("kit:2025")[0]).toContain("characters");
    expect(targetDirProblems("CON")[0]).toContain("reserved name on Windows");
    expect(targetDirProblems("-kit")[0]).toContain("'-'");
    expect(targetDirProblems("")).toEqual(["give a directory name"]);
  });
});

describe("detectPackageManager", () => {
  it("reads the user agent of npm, pnpm, yarn and bun", () => {
    const pnpm = detectPackageManager("pnpm/10.34.9 npm/? node/v20.20.2 linux x64");
    expect([pnpm.name, pnpm.version, pnpm.install, pnpm.run("check")]).toEqual([
      "pnpm",
      "10.34.9",
      "pnpm install",
      "pnpm check",
    ]);
    expect(
      detectPackageManager("npm/11.6.0 node/v20.20.2 linux x64 workspaces/false").run("check"),
    ).toBe("npm run check");
    expect(detectPackageManager("yarn/1.22.22 npm/? node/v20.20.2").install).toBe("yarn");
    expect(detectPackageManager("bun/1.2.0").run("test")).toBe("bun run test");
  });

  it("falls back to npm", () => {
    expect(detectPackageManager(undefined).name).toBe("npm");
    expect(detectPackageManager("something/1.0").name).toBe("npm");
  });
});

describe("command line", () => {
  it("takes every answer as a flag", () => {
    const answers = parseCliArgs([
      "kit",
      "-t",
      "ocmw-project",
      "--ocmw",
      "OCMW Gent",
      "-r",
      "flanders",
      "-l",
      "nl,fr",
      "-l",
      "en",
      "-g",
      "2",
      "--start",
      "2025-09-15",
      "--months",
      "11",
      "--cadence",
      "7",
      "--edition",
      "programme-2022",
      "--youngest-child-max-age",
      "17",
      "--group-language",
      "--no-git",
      "--no-interactive",
    ]);
    expect(answers).toMatchObject({
      targetDir: "kit",
      template: "ocmw-project",
      ocmwName: "OCMW Gent",
      region: "flanders",
      languages: ["nl", "fr", "en"],
      groups: 2,
      startDate: "2025-09-15",
      trajectoryLengthMonths: 11,
      sessionCadenceDays: 7,
      target: { edition: "programme-2022", youngestChildMaxAge: 17, requiresGroupLanguage: true },
      git: false,
      interactive: false,
    });
  });

  it("refuses impossible values with the flag's name", () => {
    expect(() => parseCliArgs(["--start", "2025-02-30"])).toThrow(UsageError);
    expect(() => parseCliArgs(["--groups", "3"])).toThrow(/--groups must be one of 1, 2/);
    expect(() => parseCliArgs(["--languages", "nl,es"])).toThrow(/--languages/);
    expect(() => parseCliArgs(["--min-age", "26", "--max-age", "25"])).toThrow(/above --max-age/);
    expect(() => parseCliArgs(["--unknown"])).toThrow(UsageError);
    expect(() => parseCliArgs(["a", "b"])).toThrow(/one directory/);
  });

  it("defaults the start to the Monday on or after 15 September still ahead", () => {
    expect(defaultStartDate(new Date("2025-06-01T00:00:00Z"))).toBe("2025-09-15");
    expect(defaultStartDate(new Date("2025-11-25T00:00:00Z"))).toBe("2026-09-21");
  });
});

describe("project settings from answers", () => {
  it("uses the 2023 call's rules unchanged when there are no local extras", () => {
    expect(targetGroupRules()).toMatchObject({ id: "call-2023", singleMother: true });
  });

  it("names the local extras in the rules' description", () => {
    expect(targetGroupRules({ minAge: 18, maxAge: 25, neighbourhoods: ["Kiel"] })).toMatchObject({
      id: "call-2023-local",
      description:
        "Call 2023: any single mother using a service of the OCMW. Local: aged 18–25; living in Kiel.",
    });
  });

  it("makes ids from the OCMW's name and letters per group", () => {
    const settings = projectSettings({
      ocmwName: "CPAS de Liège",
      region: "wallonia",
      languages: ["fr", "fr"],
      groups: 2,
      startDate: "2025-09-15",
    });
    expect(slugify("CPAS de Liège")).toBe("cpas-de-liege");
    expect(settings.id).toBe("cpas-de-liege-miriam");
    expect(settings.languages).toEqual(["fr"]);
    expect(settings.groups.map((group) => [group.id, group.name])).toEqual([
      ["cpas-de-liege-2025-a", "MIRIAM CPAS de Liège 2025-2026, groupe A"],
      ["cpas-de-liege-2025-b", "MIRIAM CPAS de Liège 2025-2026, groupe B"],
    ]);
  });
});
