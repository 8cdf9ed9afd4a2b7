import { createHmac } from "node:crypto";
import {
  closingOutcomes,
  dropOutReasons,
  type Language,
  lifeDomains,
  outcomeIndicators,
  positiveExitReasons,
  type TrajectoryEvent,
  type Vocabulary,
} from "@miriam/schemas";
import { replay } from "@miriam/trajectory";
import { resolveOptions } from "./_options";
import type { EvaluationOptions } from "./options";
import { summarise } from "./participant";
import { guard, quote } from "./render-csv";

/** The shortest key accepted for pseudonymisation, in bytes (HMAC-SHA-256's output size). */
export const MIN_RESEARCH_KEY_BYTES = 32;

/** One value of a research row: a code, a number, a yes/no, or empty (unknown). */
export type ResearchValue = string | number | boolean | null;

/** One mother in the research export, keyed by column name (see {@link researchColumns}). */
export type ResearchRow = Readonly<Record<string, ResearchValue>>;

/** Options of {@link researchExport}. */
export interface ResearchExportOptions extends EvaluationOptions {
  /** The OCMW's secret key (at least {@link MIN_RESEARCH_KEY_BYTES} bytes); never leaves the OCMW. */
  readonly key: Uint8Array | string;
}

/** One column of the research export, as its codebook describes it. */
export interface ResearchColumn {
  /** Column name in the CSV and JSONL. */
  readonly name: string;
  /** Value type. */
  readonly type: "string" | "month" | "number" | "integer" | "boolean" | "code";
  /** What it holds, in English (the codebook's column descriptions). */
  readonly description: string;
  /** The vocabulary its codes come from, for `code` columns. */
  readonly vocabulary?: Vocabulary<string>;
}

const TIMEPOINTS = ["t0", "t1"] as const;

/** The columns the research scope covers (docs/decisions.md, "Research export"). */
export function researchColumns(): readonly ResearchColumn[] {
  const perTimepoint = TIMEPOINTS.flatMap((t): ResearchColumn[] => [
    { name: `${t}_instrument`, type: "string", description: `Instrument id at ${t}.` },
    {
      name: `${t}_instrument_version`,
      type: "integer",
      description: `Instrument version at ${t}.`,
    },
    ...lifeDomains.codes.map(
      (d): ResearchColumn => ({
        name: `${t}_domain_${d}`,
        type: "number",
        description: `Score of life domain "${d}" at ${t}.`,
      }),
    ),
    { name: `${t}_self_reliance`, type: "number", description: `Self-reliance score at ${t}.` },
    ...outcomeIndicators.codes.map(
      (i): ResearchColumn => ({
        name: `${t}_indicator_${i}`,
        type: "boolean",
        description: `Outcome indicator "${i}" as recorded at ${t}.`,
      }),
    ),
  ]);
  return [
    {
      name: "pseudonym",
      type: "string",
      description: "HMAC-SHA-256 of the trajectory id with the OCMW's key (hex).",
    },
    { name: "project", type: "string", description: "Project (OCMW) id." },
    { name: "enrolment_month", type: "month", description: "Month of enrolment (YYYY-MM)." },
    {
      name: "closing_outcome",
      type: "code",
      description: "How the trajectory closed; empty while open.",
      vocabulary: closingOutcomes,
    },
    { name: "closing_month", type: "month", description: "Month of closing (YYYY-MM)." },
    {
      name: "drop_out_reason",
      type: "code",
      description: "Why she stopped, when she dropped out.",
      vocabulary: dropOutReasons,
    },
    {
      name: "positive_exit_reason",
      type: "code",
      description: "What she left early for, on a positive early exit.",
      vocabulary: positiveExitReasons,
    },
    {
      name: "participant_months",
      type: "number",
      description: "Months in the trajectory, pauses left out.",
    },
    { name: "contacts", type: "integer", description: "Individual contacts held." },
    ...perTimepoint,
    {
      name: "overall_improvement",
      type: "boolean",
      description: 'Her answer at t1 to "is your situation better than at the start?".',
    },
  ];
}

function keyBytes(key: Uint8Array | string): Uint8Array {
  const bytes = typeof key === "string" ? new TextEncoder().encode(key) : key;
  if (bytes.length < MIN_RESEARCH_KEY_BYTES)
    throw new Error(
      `The pseudonymisation key is ${bytes.length} bytes; at least ${MIN_RESEARCH_KEY_BYTES} are needed.`,
    );
  return bytes;
}

const month = (date: string | undefined): string | null => (date ? date.slice(0, 7) : null);

/**
 * The research export for the researchers' one-year follow-up: one row per mother whose
 * consent in force (withdrawals honoured) includes `research`, with a pseudonym (keyed
 * HMAC-SHA-256 of her trajectory id) and only the {@link researchColumns}. Pure.
 *
 * @example
 * ```ts
 * const rows = researchExport(eventsByTrajectory(events).values(), { key });
 * ```
 */
export function researchExport(
  trajectories: Iterable<readonly TrajectoryEvent[]>,
  options: ResearchExportOptions,
): ResearchRow[] {
  const key = keyBytes(options.key);
  const resolved = resolveOptions(options);
  const rows: ResearchRow[] = [];
  for (const events of trajectories) {
    const replayed = replay(events);
    if (!replayed.state.context.consent.scopes.includes("research")) continue;
    const s = summarise(events, resolved, replayed);
    const row: Record<string, ResearchValue> = {
      pseudonym: createHmac("sha256", key).update(s.trajectoryId).digest("hex"),
      project: s.projectId ?? null,
      enrolment_month: month(s.enrolledAt),
      closing_outcome: s.status === "pending" || s.status === "active" ? null : s.status,
      closing_month: month(s.closedAt),
      drop_out_reason: s.dropOutReason ?? null,
      positive_exit_reason: s.positiveExitReason ?? null,
      participant_months: Math.round(s.participantMonths * 10) / 10,
      contacts: s.contacts,
      overall_improvement: s.overallImprovement,
    };
    for (const t of TIMEPOINTS) {
      const m = s.scores[t];
      row[`${t}_instrument`] = m?.instrument.id ?? null;
      row[`${t}_instrument_version`] = m?.instrument.version ?? null;
      for (const d of lifeDomains.codes) row[`${t}_domain_${d}`] = m?.domains[d] ?? null;
      row[`${t}_self_reliance`] = m?.selfReliance ?? null;
      for (const i of outcomeIndicators.codes)
        row[`${t}_indicator_${i}`] = s.indicators[t][i] ?? null;
    }
    rows.push(row);
  }
  return rows;
}

/** One column in the codebook, in one language. */
export interface CodebookEntry {
  /** Column name. */
  readonly name: string;
  /** Value type. */
  readonly type: ResearchColumn["type"];
  /** What it holds. */
  readonly description: string;
  /** Allowed codes with their labels in NL, FR and EN, for `code` columns. */
  readonly codes?: readonly {
    readonly code: string;
    readonly nl: string;
    readonly fr: string;
    readonly en: string;
  }[];
}

/** The codebook of the research export, generated from {@link researchColumns} and the vocabularies. */
export function researchCodebook(language: Language = "en"): {
  readonly json: readonly CodebookEntry[];
  readonly markdown: string;
} {
  const json = researchColumns().map(
    (c): CodebookEntry => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.vocabulary && {
        codes: c.vocabulary.codes.map((code) => {
          const l = c.vocabulary?.labelsOf(code);
          return { code, nl: l?.nl ?? code, fr: l?.fr ?? code, en: l?.en ?? code };
        }),
      }),
    }),
  );
  const lines = ["| column | type | description | codes |", "| --- | --- | --- | --- |"];
  for (const c of json)
    lines.push(
      `| ${c.name} | ${c.type} | ${c.description} | ${(c.codes ?? []).map((k) => `\`${k.code}\` ${k[language === "de" ? "en" : language]}`).join("; ")} |`,
    );
  return { json, markdown: `${lines.join("\n")}\n` };
}

/**
 * The research rows as CSV for statistics programs (R, SPSS, Stata, pandas): RFC 4180, a
 * comma, a header of the column names of {@link researchColumns} in their order, codes
 * (never labels: the codebook gives them), numbers with a decimal point, `true`/`false`,
 * and an empty cell for unknown. Lines end in CRLF, as RFC 4180 has it. Pure.
 */
export function researchCsv(rows: Iterable<ResearchRow>): string {
  const names = researchColumns().map((c) => c.name);
  const cell = (value: ResearchValue | undefined) =>
    value === null || value === undefined ? "" : quote(guard(String(value)), ",");
  const lines = [names.join(",")];
  for (const row of rows) lines.push(names.map((name) => cell(row[name])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * The research rows as JSON Lines: one object per mother, with every column of
 * {@link researchColumns} in their order and `null` for unknown. Pure.
 */
export function researchJsonLines(rows: Iterable<ResearchRow>): string {
  const names = researchColumns().map((c) => c.name);
  let text = "";
  for (const row of rows)
    text += `${JSON.stringify(Object.fromEntries(names.map((name) => [name, row[name] ?? null])))}\n`;
  return text;
}
