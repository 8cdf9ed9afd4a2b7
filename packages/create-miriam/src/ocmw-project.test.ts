import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { run as miriam } from "@miriam/cli";
import {
  type Language,
  parseEventLog,
  type Region,
  regions,
  rightsCatalogue,
  validate,
} from "@miriam/schemas";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli, tempDir } from "./_spawn-cli.test-helper";
import { sessionDates } from "./calendar";

// One scripted run per region, each checked as the coordinator would use the kit: the
// settings validate, the calendar imports (parsed by ical.js, a real iCalendar parser),
// the logs parse, the forms and the README are in the project's languages.

const cases: readonly {
  region: Region;
  ocmw: string;
  languages: readonly Language[];
  groups: 1 | 2;
  start: string;
  cadence: 7 | 14;
  readmeTitle: string;
  provider: string;
}[] = [
  {
    region: "flanders",
    ocmw: "OCMW Gent",
    languages: ["nl", "en"],
    groups: 2,
    start: "2025-09-15",
    cadence: 14,
    readmeTitle: "# MIRIAM bij OCMW Gent",
    provider: "FONS (publieke uitbetaler)",
  },
  {
    region: "wallonia",
    ocmw: "CPAS de Namur",
    languages: ["fr"],
    groups: 1,
    start: "2026-01-12",
    cadence: 7,
    readmeTitle: "# MIRIAM au CPAS de Namur",
    provider: "Famiwal",
  },
  {
    region: "brussels",
    ocmw: "OCMW Sint-Jans-Molenbeek / CPAS de Molenbeek-Saint-Jean",
    languages: ["fr", "nl"],
    groups: 1,
    start: "2025-09-22",
    cadence: 14,
    readmeTitle: "# MIRIAM au OCMW Sint-Jans-Molenbeek / CPAS de Molenbeek-Saint-Jean",
    provider: "Famiris",
  },
  {
    region: "german-speaking",
    ocmw: "ÖSHZ Eupen",
    languages: ["de"],
    groups: 2,
    start: "2025-10-06",
    cadence: 14,
    readmeTitle: "# MIRIAM beim ÖSHZ Eupen",
    provider: "Ministerium der Deutschsprachigen Gemeinschaft",
  },
];

const brusselsClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Brussels",
  hour: "2-digit",
  minute: "2-digit",
});

const REQUIRED_FORMS = [
  "01-information-sheet",
  "02-consent",
  "03-intake-report",
  "05-personal-plan",
  "07-attendance-register-",
  "09-handover",
];

let cwd: string;
beforeAll(() => {
  cwd = tempDir();
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe.each(cases)("ocmw-project in $region", (c) => {
  let run: CliRun;
  let dir: string;

  beforeAll(async () => {
    dir = join(cwd, `kit-${c.region}`);
    run = await runCli(
      [
        `kit-${c.region}`,
        "--template",
        "ocmw-project",
        "--ocmw",
        c.ocmw,
        "--region",
        c.region,
        "--languages",
        c.languages.join(","),
        "--groups",
        String(c.groups),
        "--start",
        c.start,
        "--cadence",
        String(c.cadence),
        "--skip-install",
        "--no-git",
      ],
      cwd,
    );
  }, 60_000);

  const settings = () => {
    const result = validate(
      "project-settings",
      JSON.parse(readFileSync(join(dir, "miriam.config.json"), "utf8")),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    return result.value;
  };

  it("exits with 0 and prints the next steps", () => {
    expect(run.stderr).toBe("");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Next steps:");
    expect(run.stdout).toContain(`cd kit-${c.region}`);
    expect(run.stdout).toContain("npm run check");
  });

  it("writes a miriam.config.json that validates, with its JSON Schema beside it", () => {
    const project = settings();
    expect(project.region).toBe(c.region);
    expect(project.languages).toEqual(c.languages);
    expect(project.groups).toHaveLength(c.groups);
    expect(project.eligibility?.id).toBe("call-2023");
    const raw = JSON.parse(readFileSync(join(dir, "miriam.config.json"), "utf8"));
    const schema = JSON.parse(readFileSync(join(dir, raw.$schema), "utf8"));
    expect(schema.$id).toBe("https://schemas.miriam-kit.org/v1/project-settings.schema.json");
  });

  it("writes one calendar per group that a real iCalendar parser reads, session by session", () => {
    for (const group of settings().groups) {
      const text = readFileSync(join(dir, "calendar", `group-${group.id}.ics`), "utf8");
      // RFC 5545: CRLF line ends, no line longer than 75 octets.
      expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      for (const line of text.split("\r\n"))
        expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

      const calendar = new ICAL.Component(ICAL.parse(text));
      const zone = calendar.getFirstSubcomponent("vtimezone");
      expect(zone?.getFirstPropertyValue("tzid")).toBe("Europe/Brussels");
      ICAL.TimezoneService.register(zone!);
      const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
      const expected = sessionDates({
        startDate: c.start,
        sessionCadenceDays: c.cadence,
        trajectoryLengthMonths: 10,
      });
      expect(events).toHaveLength(expected.length);
      expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
      events.forEach((event, index) => {
        expect(event.startDate.toString()).toBe(`${expected[index]}T09:30:00`);
        expect(event.startDate.zone?.tzid).toBe("Europe/Brussels");
        // The instant, read back through Node's own time-zone data: 09:30 in Brussels,
        // summer time or not.
        expect(brusselsClock.format(event.startDate.toJSDate())).toBe("09:30");
        expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
          150 * 60_000,
        );
      });
    }
  });

  it("passes its own check: `miriam validate miriam.config.json events` (npm run check)", async () => {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(manifest.scripts.check).toBe("miriam validate miriam.config.json events");
    let output = "";
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        output += chunk;
        callback();
      },
    });
    const code = await miriam(manifest.scripts.check.split(" ").slice(1), {
      cwd: dir,
      stdout: sink,
      stderr: sink,
      env: { NO_COLOR: "1" },
    });
    expect(code, output).toBe(0);
    expect(output).toContain(`All ${2 + c.groups} files are valid.`);
  });

  it("opens an event log per group with group.opened, and an empty trajectories log", () => {
    for (const group of settings().groups) {
      const log = parseEventLog(
        readFileSync(join(dir, "events", `group-${group.id}.jsonl`), "utf8"),
      );
      expect(log.problems).toEqual([]);
      expect(log.entries.map((entry) => entry.event.type)).toEqual(["group.opened"]);
    }
    expect(readFileSync(join(dir, "events", "trajectories.jsonl"), "utf8")).toBe("");
  });

  it("renders the blank forms in every chosen language, as HTML and Markdown", () => {
    for (const language of c.languages)
      for (const form of REQUIRED_FORMS)
        for (const extension of [".html", ".md"]) {
          const file = form.endsWith("-")
            ? `${form}${settings().groups[0]!.id}${extension}`
            : `${form}${extension}`;
          const text = readFileSync(join(dir, "documents", language, file), "utf8");
          expect(text).toContain(c.ocmw.split(" / ")[0]!);
        }
    expect(
      readFileSync(join(dir, "documents", c.languages[0]!, "02-consent.html"), "utf8"),
    ).toMatch(new RegExp(`<html lang="${c.languages[0]}"`));
  });

  it("writes the region's rights catalogue as CSV and Markdown", () => {
    const csv = readFileSync(join(dir, "rights", "rights-catalogue.csv"), "utf8");
    expect(csv.trimEnd().split("\r\n")).toHaveLength(rightsCatalogue(c.region).length + 1);
    expect(csv).toContain(c.provider);
    expect(csv.split("\r\n")[0]).toMatch(/;source_url;checked_on$/);
    for (const right of rightsCatalogue(c.region))
      expect(csv).toContain(`;${right.source.url};${right.source.checkedOn}`);
    const markdown = readFileSync(
      join(dir, "rights", `rights-catalogue.${c.languages[0]}.md`),
      "utf8",
    );
    expect(markdown).toContain(regions.label(c.region, c.languages[0]!));
  });

  it("writes the README in the project's first language, and one per other language", () => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme.split("\n")[0]).toBe(c.readmeTitle);
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
    for (const language of c.languages.slice(1))
      expect(existsSync(join(dir, `README.${language}.md`))).toBe(true);
    expect(existsSync(join(dir, ".gitignore"))).toBe(true);
    expect(existsSync(join(dir, "_gitignore"))).toBe(false);
    expect(existsSync(join(dir, "_template"))).toBe(false);
  });
});

describe("target group", () => {
  it("turns local extras into the project's eligibility rules", async () => {
    const run = await runCli(
      [
        "antwerpen",
        "--ocmw",
        "OCMW Antwerpen",
        "--region",
        "flanders",
        "--min-age",
        "18",
        "--max-age",
        "25",
        "--neighbourhood",
        "Kiel",
        "--skip-install",
        "--no-git",
      ],
      cwd,
    );
    expect(run.code, run.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(cwd, "antwerpen", "miriam.config.json"), "utf8"));
    expect(config.eligibility).toMatchObject({
      id: "call-2023-local",
      minAge: 18,
      maxAge: 25,
      neighbourhoods: ["Kiel"],
    });
    expect(validate("project-settings", config).ok).toBe(true);
  }, 60_000);
});
