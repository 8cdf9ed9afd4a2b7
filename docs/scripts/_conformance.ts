import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  conformanceMatrix,
  type MethodReference,
  type RequirementArea,
  requirements,
} from "@miriam/conformance";
import { code, page, table, text } from "./_markdown";

/**
 * The conformance matrix page: every requirement of @miriam/conformance as the package
 * renders it (`conformanceMatrix()`), where the site explains the part of the method each
 * one checks, and the fixtures the package ships, which the matrix links to.
 */

/** One entry of the package's `fixtures/index.json`. */
export interface FixtureEntry {
  readonly path: string;
  readonly kind: string;
  readonly description: string;
  readonly requirements: readonly string[];
  readonly conformant: boolean;
}

/** The fixtures' index exactly as the package publishes it. */
export function readFixtureIndex(): FixtureEntry[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve("@miriam/conformance/fixtures/index.json");
  return JSON.parse(readFileSync(path, "utf8")) as FixtureEntry[];
}

/** The id of a fixture's row on the page; the matrix links to it (`fixturesBase`). */
const FIXTURE_ANCHOR_PREFIX = "fixture-";

/** Where the site explains each section of the method a requirement refers to. */
const METHOD_PAGES: Readonly<Record<string, string>> = {
  "METHODOLOGY.md §3 The trajectory": "../method/trajectory.md",
  "METHODOLOGY.md §3 Hard rules and fidelity signals": "../method/trajectory.md#hard-rules",
  "METHODOLOGY.md §4 Life domains": "../method/life-domains.md",
  "METHODOLOGY.md §8 Reporting": "../method/reporting-privacy.md#reporting",
  "METHODOLOGY.md §10 Privacy": "../method/reporting-privacy.md#privacy",
  "DESIGN.md Event catalogue Event catalogue (interchange format v1)": "./schemas/",
  "DESIGN.md Decisions Data-driven method settings": "./schemas/project-settings.md",
};

const AREAS: Readonly<Record<RequirementArea, string>> = {
  export: "the export's files",
  schema: "every line against the schemas",
  privacy: "no names where they do not belong",
  reference: "references between logs and settings",
  rule: "one per hard rule of the statechart",
  calculation: "your software's own results against the kit's",
};

const KINDS: Readonly<Record<string, string>> = {
  valid: "valid: passes every requirement",
  rule: "a hard rule: the last event must be refused",
  invalid: "invalid: your importer must reject it",
};

const methodKey = (method: MethodReference) =>
  `${method.document} ${method.section} ${method.title}`;

/** The methodology's sections by number, then the design's. */
const methodOrder = (method: MethodReference) =>
  method.document === "METHODOLOGY.md" ? Number(/\d+/.exec(method.section)?.[0] ?? 0) : 1000;

/** Requirement ids with consecutive numbers shortened: `MIR-RULE-001–029, MIR-SCHEMA-005`. */
export function idRanges(ids: readonly string[]): string {
  const parts: string[] = [];
  let run: { prefix: string; first: string; last: string; number: number } | undefined;
  const close = () => {
    if (run !== undefined)
      parts.push(run.first === run.last ? run.first : `${run.first}–${/\d+$/.exec(run.last)![0]}`);
  };
  for (const id of ids) {
    const match = /^(.*-)(\d+)$/.exec(id);
    const prefix = match?.[1] ?? id;
    const number = match === null ? Number.NaN : Number(match[2]);
    if (run !== undefined && run.prefix === prefix && number === run.number + 1) {
      run = { ...run, last: id, number };
      continue;
    }
    close();
    run = { prefix, first: id, last: id, number };
  }
  close();
  return parts.join(", ");
}

/** The page, and the method sections it could not link to a page of the site. */
export function conformancePage(fixtures: readonly FixtureEntry[]): {
  page: string;
  unlinked: string[];
} {
  const matrix = conformanceMatrix({ fixturesBase: `#${FIXTURE_ANCHOR_PREFIX}` }).trim();

  const areaCounts = (Object.keys(AREAS) as RequirementArea[]).map((area) => {
    const count = requirements.filter((requirement) => requirement.area === area).length;
    return `- ${code(area)} (${count}): ${AREAS[area]}`;
  });

  const unlinked: string[] = [];
  const methods = [
    ...new Map(requirements.map((r) => [methodKey(r.method), r.method])).values(),
  ].sort((a, b) => methodOrder(a) - methodOrder(b));
  const methodRows = methods.map((method) => {
    const key = methodKey(method);
    const link = METHOD_PAGES[key];
    if (link === undefined) unlinked.push(key);
    const ids = requirements.filter((r) => methodKey(r.method) === key).map((r) => r.id);
    return [
      text(`${method.document} ${method.section}`),
      link === undefined ? text(method.title) : `[${text(method.title)}](${link})`,
      text(idRanges(ids)),
    ];
  });

  const fixtureRows = fixtures.map((fixture) => [
    `<span id="${FIXTURE_ANCHOR_PREFIX}${fixture.path}"></span>${code(fixture.path)}`,
    text(KINDS[fixture.kind] ?? fixture.kind),
    fixture.requirements.map((id) => text(id)).join("<br>"),
    text(fixture.description),
  ]);

  const body = [
    "# Conformance matrix",
    "Every requirement that a vendor's export must meet to follow the MIRIAM method, as the conformance kit (`@miriam/conformance`) checks it. Each has a stable id that never changes meaning (a failed `MIR-RULE-006` in a report always means the same rule), the part of the method that asks for it, and the fixtures that exercise it. How to run the kit on your own export is in the [vendor guide](../guides/vendor.md#conformance):",
    "```sh\nmiriam conformance <export dir> -o reports/\n```",
    `There are ${requirements.length} requirements, in six areas:`,
    areaCounts.join("\n"),
    "A report lists each one as *passed*, *failed* or *not applicable* (for example the `calculation` requirements when the export has no `expected/` folder).",
    "## Requirements {#requirements}",
    matrix,
    "## Where the method says so {#method}",
    "The *Method* column names the section of the kit's methodology or design that asks for a requirement. The site explains each of them here:",
    table(["section", "on this site", "requirements"], methodRows),
    "## Fixtures {#fixtures}",
    `The fixtures ship in the package, each one an export directory: \`node_modules/@miriam/conformance/fixtures/<fixture>/\` (the index is \`fixtures/index.json\`). Import the valid programme into your software and export it again; feed it each broken export and check that your software refuses what the kit refuses. Each fixture's \`expected/\` folder says what the kit finds. There are ${fixtures.length} fixtures.`,
    table(["fixture", "kind", "requirements", "what it shows"], fixtureRows),
  ];
  return {
    page: page({ source: "conformanceMatrix() and the fixtures of @miriam/conformance", body }),
    unlinked,
  };
}
