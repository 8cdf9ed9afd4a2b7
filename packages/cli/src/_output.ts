import type { ConformanceReport } from "@miriam/conformance";
import { type Language, type Problem, problemInLanguage, SCHEMA_BASE_URI } from "@miriam/schemas";
import { z } from "zod";

// What `--json` writes, for every command that reports problems (validate, replay, report,
// conformance): one envelope with the command's name, the language, whether all is well,
// and the problems in one shape, the `Problem` of @miriam/schemas with the file it is in
// and its texts in the chosen language. The zod schemas below are the source of the
// published JSON Schema (json/cli-output.schema.json, `pnpm generate`).

/** @internal The `$id` of the CLI output's JSON Schema. */
export const CLI_OUTPUT_SCHEMA_ID = `${SCHEMA_BASE_URI}cli-output.schema.json`;

/** @internal A problem as `--json` writes it. */
export const CliProblem = z
  .object({
    code: z
      .string()
      .regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/)
      .describe(
        "Stable code for programs: a problem code of @miriam/schemas (`invalid-value`, `duplicate-id`...), or for `conformance` the id of the failed requirement (`MIR-RULE-006`).",
      ),
    file: z
      .string()
      .nullable()
      .describe(
        "The file as named on the command line (or inside the directory named); null when none.",
      ),
    line: z.number().int().min(1).optional().describe("1-based line in a JSON Lines file."),
    path: z.string().describe("JSON path of the field, `$` for the whole record."),
    expected: z.string().describe("What was expected there, in the chosen language."),
    found: z
      .string()
      .describe("What was found there, in the chosen language; never a personal value."),
    message: z.string().describe("The whole problem as one sentence, in the chosen language."),
    detail: z
      .object({
        expected: z.looseObject({ kind: z.string() }),
        found: z.looseObject({ kind: z.string() }),
      })
      .optional()
      .describe(
        "Expected and found as language-neutral data (`ProblemDetail` of @miriam/schemas).",
      ),
    eventId: z.string().optional().describe("conformance: the event concerned."),
    trajectoryId: z.string().optional().describe("conformance: the trajectory concerned."),
  })
  .strict()
  .meta({ id: "problem", title: "A problem, as every command writes it" });

/** @internal A problem as `--json` writes it. */
export type CliProblem = z.infer<typeof CliProblem>;

const envelope = {
  language: z.enum(["nl", "fr", "de", "en"]).describe("The language of every text."),
  ok: z.boolean().describe("Whether no problem was found (exit code 0)."),
  problems: z.array(CliProblem),
};

const ValidateOutput = z
  .object({
    command: z.literal("validate"),
    ...envelope,
    problemCount: z
      .number()
      .int()
      .min(0)
      .describe("Problems in all: `problems` lists at most --max-problems per file."),
    files: z.array(
      z
        .object({
          file: z.string(),
          kind: z.string(),
          records: z.number().int().min(0),
          valid: z.number().int().min(0),
          problemCount: z.number().int().min(0),
        })
        .strict(),
    ),
  })
  .strict();

const ReplayOutput = z.looseObject({
  command: z.literal("replay"),
  ...envelope,
  trajectories: z.array(z.looseObject({ id: z.string() })),
  refused: z.array(z.looseObject({ eventId: z.string() })),
  signals: z.array(z.looseObject({ code: z.string(), message: z.string() })),
  due: z.array(z.looseObject({ code: z.string(), label: z.string() })),
});

const ReportOutput = z
  .object({
    command: z.literal("report"),
    ...envelope,
    reports: z
      .array(z.looseObject({}))
      .describe("Each report as `--format json` writes it (@miriam/evaluation's report JSON)."),
  })
  .strict();

const ConformanceOutput = z.looseObject({
  command: z.literal("conformance"),
  ...envelope,
  kind: z.literal("miriam-conformance-report"),
  conformant: z.boolean(),
  requirements: z.array(z.looseObject({ id: z.string(), status: z.string() })),
});

const ResearchExportOutput = z
  .object({
    command: z.literal("research-export"),
    ...envelope,
    rows: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Rows written: mothers whose consent in force includes research."),
    trajectories: z.number().int().min(0).optional().describe("Trajectories read."),
    out: z.string().optional().describe("The rows' file, as named on the command line."),
    codebook: z.string().nullable().optional().describe("The codebook's file, or null."),
  })
  .strict()
  .describe("Without `rows`: nothing was written (a missing or short key, in `problems`).");

/** @internal What `--json` writes, one shape per command. */
export const CliOutput = z
  .discriminatedUnion("command", [
    ValidateOutput,
    ReplayOutput,
    ReportOutput,
    ConformanceOutput,
    ResearchExportOutput,
  ])
  .describe(
    "What `miriam validate|replay|report|conformance|research-export --json` writes: every command's problems in one shape.",
  );

/** @internal The published JSON Schema of {@link CliOutput}. */
export function cliOutputJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(CliOutput, {
    target: "draft-2020-12",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  return { $schema, $id: CLI_OUTPUT_SCHEMA_ID, title: "MIRIAM CLI output", ...rest };
}

/** @internal A problem of a file, in the shape and language of `--json`. */
export function cliProblem(file: string | null, problem: Problem, language: Language): CliProblem {
  const worded = problemInLanguage(problem, language);
  return {
    code: worded.code,
    file,
    ...(worded.line === undefined ? {} : { line: worded.line }),
    path: worded.path,
    expected: worded.expected,
    found: worded.found,
    message: worded.message,
    detail: worded.detail as CliProblem["detail"] & object,
  };
}

/**
 * @internal The findings of a conformance report as problems: the failed requirement's id
 * is the code, its title what was expected, the finding what was found.
 */
export function conformanceProblems(
  report: ConformanceReport,
  title: (id: string, english: string) => string,
): CliProblem[] {
  return report.requirements.flatMap((requirement) =>
    requirement.findings.map((finding) => ({
      code: requirement.id,
      file: finding.file ?? null,
      ...(finding.line === undefined ? {} : { line: finding.line }),
      path: finding.path ?? "$",
      expected: title(requirement.id, requirement.title),
      found: finding.message,
      message: finding.message,
      ...(finding.eventId === undefined ? {} : { eventId: finding.eventId }),
      ...(finding.trajectoryId === undefined ? {} : { trajectoryId: finding.trajectoryId }),
    })),
  );
}

/**
 * @internal Writes an output as `--json` does. Typed by its envelope only: the test of
 * every command's real output against the published schema checks the rest.
 */
export function jsonOutput(
  output: Pick<z.input<typeof CliOutput>, "command" | "language" | "ok" | "problems"> &
    Record<string, unknown>,
): string {
  return `${JSON.stringify(output, null, 2)}\n`;
}

/**
 * @internal A top-level array of an output whose rows are made one at a time, when they
 * are written or printed: a command with a row per trajectory need not hold them all as
 * objects. {@link writeJsonOutput} writes it as the array of its rows.
 */
export class Rows<T> implements Iterable<T> {
  constructor(
    readonly length: number,
    readonly row: (index: number) => T,
  ) {}

  *[Symbol.iterator](): Iterator<T> {
    for (let index = 0; index < this.length; index++) yield this.row(index);
  }
}

// About 64 KiB a write: one write per row would cost more than the rows.
const FLUSH_AT = 1 << 16;

/**
 * @internal Writes what {@link jsonOutput} returns, the same text, a row of each top-level
 * array at a time: on a large export, the rows of `miriam replay` are tens of megabytes
 * of output, and their text as one string (and its copy on its way to stdout) was the
 * command's peak of memory (issue #14). Each write is awaited (see `drainingWriter`).
 */
export async function writeJsonOutput(
  write: (text: string) => unknown,
  output: Pick<z.input<typeof CliOutput>, "command" | "language" | "ok" | "problems"> &
    Record<string, unknown>,
): Promise<void> {
  let pending = "";
  const put = async (text: string) => {
    pending += text;
    if (pending.length < FLUSH_AT) return;
    const full = pending;
    pending = "";
    await write(full);
  };
  // As `JSON.stringify(value, null, 2)` writes a value at that depth of indentation.
  const nested = (value: unknown, indent: string) =>
    (JSON.stringify(value, null, 2) ?? "null").replaceAll("\n", `\n${indent}`);
  let first = true;
  await put("{");
  for (const [key, value] of Object.entries(output)) {
    // What `JSON.stringify` leaves out of an object.
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    await put(`${first ? "" : ","}\n  ${JSON.stringify(key)}: `);
    first = false;
    const rows = value instanceof Rows ? value : Array.isArray(value) ? value : undefined;
    if (rows === undefined || rows.length === 0) {
      await put(nested(rows === undefined ? value : [], "  "));
      continue;
    }
    await put("[");
    let at = 0;
    for (const item of rows) await put(`${at++ === 0 ? "" : ","}\n    ${nested(item, "    ")}`);
    await put("\n  ]");
  }
  await put(first ? "}\n" : "\n}\n");
  await write(pending);
}
