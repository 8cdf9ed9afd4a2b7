import type { MethodReference, RequirementArea } from "./requirements";

/** One thing found against a requirement, where it is, in words that hold no personal data. */
export interface Finding {
  /** The export's file, e.g. `trajectories.jsonl`. */
  readonly file?: string;
  /** 1-based line in that file. */
  readonly line?: number;
  /** JSON path in the record, e.g. `$.data.mode`. */
  readonly path?: string;
  /** The event concerned. */
  readonly eventId?: string;
  /** The trajectory concerned (a pseudonymous id). */
  readonly trajectoryId?: string;
  /** What is wrong, for the person who has to fix it. */
  readonly message: string;
}

/** The verdict on one requirement. */
export type RequirementStatus = "passed" | "failed" | "not-applicable";

/** One requirement in a {@link ConformanceReport}. */
export interface RequirementResult {
  /** The requirement's id, e.g. `MIR-RULE-006`. */
  readonly id: string;
  /** What it is about. */
  readonly area: RequirementArea;
  /** Its short name. */
  readonly title: string;
  /** Where the method asks for it. */
  readonly method: MethodReference;
  /** Passed, failed, or not applicable to this export (e.g. no `profiles.jsonl`). */
  readonly status: RequirementStatus;
  /** Why it failed (at most {@link MAX_FINDINGS}); empty when it passed. */
  readonly findings: readonly Finding[];
  /** How many findings there were in all. */
  readonly findingCount: number;
}

/** At most this many findings are listed per requirement; `findingCount` has the total. */
export const MAX_FINDINGS = 50;

/**
 * The conformance report of one export: every requirement passed, failed or not
 * applicable, with the findings, and the versions it was checked with. Deterministic:
 * the same export gives the same report (no clock, no absolute paths).
 */
export interface ConformanceReport {
  /** What this document is. */
  readonly kind: "miriam-conformance-report";
  /** Version of this report's shape. */
  readonly formatVersion: 1;
  /** What it was checked with. */
  readonly kit: {
    /** `@miriam/conformance`. */
    readonly name: string;
    /** The kit's version. */
    readonly version: string;
    /** The interchange format's version (`FORMAT_VERSION` of `@miriam/schemas`). */
    readonly interchangeFormat: number;
    /** The statechart's version (`MACHINE_VERSION` of `@miriam/trajectory`). */
    readonly statechart: number;
  };
  /** What was checked. */
  readonly export: {
    /** The export directory's name. */
    readonly name: string;
    /** The files read, with their number of records for logs. */
    readonly files: readonly {
      readonly name: string;
      readonly role: string;
      readonly records?: number;
    }[];
    /** Files in the directory that are not part of an export and were not read. */
    readonly ignored: readonly string[];
    /** Trajectories in the export. */
    readonly trajectories: number;
    /** Events read (valid ones). */
    readonly events: number;
  };
  /** Whether no requirement failed. */
  readonly conformant: boolean;
  /** How many requirements passed, failed, or did not apply. */
  readonly summary: {
    readonly passed: number;
    readonly failed: number;
    readonly notApplicable: number;
  };
  /** Every requirement, in the order of `requirements`. */
  readonly requirements: readonly RequirementResult[];
}

const STATUS: Record<RequirementStatus, string> = {
  passed: "passed",
  failed: "**FAILED**",
  "not-applicable": "not applicable",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function where(finding: Finding): string {
  const parts: string[] = [];
  if (finding.file !== undefined) parts.push(`\`${finding.file}\``);
  if (finding.eventId !== undefined) parts.push(`event \`${finding.eventId}\``);
  return parts.length === 0 ? "" : `${parts.join(", ")}: `;
}

/**
 * The report as Markdown: the verdict, a table of every requirement, and the findings
 * of each failed one. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("conformance-report.md", reportToMarkdown(await runConformance("export/")));
 * ```
 */
export function reportToMarkdown(report: ConformanceReport): string {
  const { summary } = report;
  const lines = [
    "# MIRIAM conformance report",
    "",
    `Export \`${report.export.name}\`: ${report.export.trajectories} trajectories, ${report.export.events} events, checked with ${report.kit.name} ${report.kit.version} (interchange format v${report.kit.interchangeFormat}, statechart v${report.kit.statechart}).`,
    "",
    `**${report.conformant ? "Conformant" : "Not conformant"}**: ${summary.passed} requirements passed, ${summary.failed} failed, ${summary.notApplicable} not applicable.`,
    "",
    "| Requirement | Title | Method | Result |",
    "| --- | --- | --- | --- |",
    ...report.requirements.map(
      (r) =>
        `| ${r.id} | ${cell(r.title)} | ${r.method.document} ${r.method.section} | ${STATUS[r.status]}${r.findingCount > 0 ? ` (${r.findingCount})` : ""} |`,
    ),
  ];
  const failed = report.requirements.filter((r) => r.status === "failed");
  if (failed.length > 0) lines.push("", "## Findings");
  for (const r of failed) {
    lines.push("", `### ${r.id} ${r.title}`, "");
    for (const finding of r.findings) lines.push(`- ${where(finding)}${finding.message}`);
    if (r.findingCount > r.findings.length)
      lines.push(`- ... and ${r.findingCount - r.findings.length} more.`);
  }
  if (report.export.ignored.length > 0)
    lines.push(
      "",
      `Not read (not part of an export): ${report.export.ignored.map((name) => `\`${name}\``).join(", ")}.`,
    );
  return `${lines.join("\n")}\n`;
}
