import type { Language } from "@miriam/schemas";
import { requirementTitle } from "./requirement-titles";
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

// The report's own words in each language; a requirement's title comes from
// `requirementTitle`. Findings are worded by the checks that make them, in the language
// `runConformance` was given (_finding-messages.ts).
interface ReportWords {
  readonly title: string;
  readonly export: (name: string, trajectories: number, events: number, kit: string) => string;
  readonly conformant: string;
  readonly notConformant: string;
  readonly summary: (passed: number, failed: number, notApplicable: number) => string;
  readonly columns: readonly [string, string, string, string];
  readonly status: Readonly<Record<RequirementStatus, string>>;
  readonly findings: string;
  readonly event: string;
  readonly more: (n: number) => string;
  readonly notRead: string;
  /** The colon between a label and what follows, as the language sets it. */
  readonly colon: string;
}

const WORDS: Readonly<Record<Language, ReportWords>> = {
  en: {
    title: "MIRIAM conformance report",
    export: (name, t, e, kit) =>
      `Export ${name}: ${t} trajectories, ${e} events, checked with ${kit}.`,
    conformant: "Conformant",
    notConformant: "Not conformant",
    summary: (p, f, n) => `${p} requirements passed, ${f} failed, ${n} not applicable.`,
    columns: ["Requirement", "Title", "Method", "Result"],
    status: { passed: "passed", failed: "**FAILED**", "not-applicable": "not applicable" },
    findings: "Findings",
    event: "event",
    more: (n) => `... and ${n} more.`,
    notRead: "Not read (not part of an export)",
    colon: ": ",
  },
  nl: {
    title: "MIRIAM-conformiteitsrapport",
    export: (name, t, e, kit) =>
      `Export ${name}: ${t} trajecten, ${e} gebeurtenissen, gecontroleerd met ${kit}.`,
    conformant: "Conform",
    notConformant: "Niet conform",
    summary: (p, f, n) => `${p} vereisten voldaan, ${f} niet voldaan, ${n} niet van toepassing.`,
    columns: ["Vereiste", "Titel", "Methode", "Resultaat"],
    status: {
      passed: "voldaan",
      failed: "**NIET VOLDAAN**",
      "not-applicable": "niet van toepassing",
    },
    findings: "Bevindingen",
    event: "gebeurtenis",
    more: (n) => `... en nog ${n}.`,
    notRead: "Niet gelezen (geen deel van een export)",
    colon: ": ",
  },
  fr: {
    title: "Rapport de conformité MIRIAM",
    export: (name, t, e, kit) =>
      `Export ${name} : ${t} parcours, ${e} événements, contrôlé avec ${kit}.`,
    conformant: "Conforme",
    notConformant: "Non conforme",
    summary: (p, f, n) => `exigences remplies : ${p} ; non remplies : ${f} ; sans objet : ${n}.`,
    columns: ["Exigence", "Titre", "Méthode", "Résultat"],
    status: { passed: "remplie", failed: "**NON REMPLIE**", "not-applicable": "sans objet" },
    findings: "Constats",
    event: "événement",
    more: (n) => `... et ${n} de plus.`,
    notRead: "Non lus (ne font pas partie d'un export)",
    colon: "\u00a0: ",
  },
  de: {
    title: "MIRIAM-Konformitätsbericht",
    export: (name, t, e, kit) =>
      `Export ${name}: ${t} Begleitungen, ${e} Ereignisse, geprüft mit ${kit}.`,
    conformant: "Konform",
    notConformant: "Nicht konform",
    summary: (p, f, n) => `${p} Anforderungen erfüllt, ${f} nicht erfüllt, ${n} nicht anwendbar.`,
    columns: ["Anforderung", "Titel", "Methode", "Ergebnis"],
    status: { passed: "erfüllt", failed: "**NICHT ERFÜLLT**", "not-applicable": "nicht anwendbar" },
    findings: "Befunde",
    event: "Ereignis",
    more: (n) => `... und ${n} weitere.`,
    notRead: "Nicht gelesen (nicht Teil eines Exports)",
    colon: ": ",
  },
};

/** Options of {@link reportToMarkdown}. */
export interface ReportMarkdownOptions {
  /**
   * The language of the report's own words and of the requirements' titles (default `en`).
   * The findings stay in the language the report was made in (`runConformance`'s option).
   */
  readonly language?: Language;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function where(finding: Finding, w: ReportWords): string {
  const parts: string[] = [];
  if (finding.file !== undefined) parts.push(`\`${finding.file}\``);
  if (finding.eventId !== undefined) parts.push(`${w.event} \`${finding.eventId}\``);
  return parts.length === 0 ? "" : `${parts.join(", ")}${w.colon}`;
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
export function reportToMarkdown(
  report: ConformanceReport,
  options: ReportMarkdownOptions = {},
): string {
  const language = options.language ?? "en";
  const w = WORDS[language];
  const number = (n: number) => n.toLocaleString(`${language}-BE`);
  const { summary } = report;
  const kit = `${report.kit.name} ${report.kit.version} (interchange format v${report.kit.interchangeFormat}, statechart v${report.kit.statechart})`;
  const lines = [
    `# ${w.title}`,
    "",
    w.export(
      `\`${report.export.name}\``,
      report.export.trajectories,
      report.export.events,
      language === "en" ? kit : `${report.kit.name} ${report.kit.version}`,
    ),
    "",
    `**${report.conformant ? w.conformant : w.notConformant}**${w.colon}${w.summary(summary.passed, summary.failed, summary.notApplicable)}`,
    "",
    `| ${w.columns.join(" | ")} |`,
    "| --- | --- | --- | --- |",
    ...report.requirements.map(
      (r) =>
        `| ${r.id} | ${cell(requirementTitle(r.id, language))} | ${r.method.document} ${r.method.section} | ${w.status[r.status]}${r.findingCount > 0 ? ` (${number(r.findingCount)})` : ""} |`,
    ),
  ];
  const failed = report.requirements.filter((r) => r.status === "failed");
  if (failed.length > 0) lines.push("", `## ${w.findings}`);
  for (const r of failed) {
    lines.push("", `### ${r.id} ${requirementTitle(r.id, language)}`, "");
    for (const finding of r.findings) lines.push(`- ${where(finding, w)}${finding.message}`);
    if (r.findingCount > r.findings.length)
      lines.push(`- ${w.more(r.findingCount - r.findings.length)}`);
  }
  if (report.export.ignored.length > 0)
    lines.push(
      "",
      `${w.notRead}${w.colon}${report.export.ignored.map((name) => `\`${name}\``).join(", ")}.`,
    );
  return `${lines.join("\n")}\n`;
}
