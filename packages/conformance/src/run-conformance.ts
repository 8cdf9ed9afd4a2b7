import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { exportLayout, FORMAT_VERSION, type Language } from "@miriam/schemas";
import { MACHINE_VERSION } from "@miriam/trajectory";
import { type Findings, type LoadedExport, loadExport } from "./_load-export";
import {
  type ConformanceReport,
  type Finding,
  MAX_FINDINGS,
  type RequirementResult,
} from "./conformance-report";
import {
  type ExpectedRefusal,
  type ExpectedSignal,
  type ExpectedTrajectory,
  type KitReplay,
  type KitResults,
  kitResults,
  replayExport,
} from "./kit-results";
import { refusalRequirementId, requirements } from "./requirements";
import { KIT_NAME, KIT_VERSION } from "./version";

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** The language of the findings' messages: `nl`, `fr`, `de` or `en` (the default). */
  readonly language?: Language;
}

/**
 * Checks a vendor's export directory (layout: {@link exportLayout}) against every
 * requirement of the method: the export's files, the schemas of every line, privacy,
 * references between logs and settings, the hard rules (by replaying every trajectory
 * through the statechart, with attendance from the group logs) and, when the export has
 * `expected/`, the vendor's own results against the kit's. Never throws on bad content:
 * everything wrong is a finding, worded in `options.language` (default English). Reads
 * the files; writes nothing.
 *
 * @example
 * ```ts
 * const report = await runConformance("exports/2026-06");
 * writeFileSync("conformance-report.md", reportToMarkdown(report));
 * if (!report.conformant) process.exitCode = 1;
 * // The findings in French, for a French-speaking vendor:
 * const rapport = await runConformance("exports/2026-06", { language: "fr" });
 * ```
 */
export async function runConformance(
  dir: string,
  options: ConformanceOptions = {},
): Promise<ConformanceReport> {
  const loaded = await loadExport(dir, options.language);
  const { findings } = loaded;
  const { say } = findings;
  try {
    const states = existsSync(
      join(dir, exportLayout.expected, exportLayout.expectedFiles.trajectories),
    );
    const signals = existsSync(
      join(dir, exportLayout.expected, exportLayout.expectedFiles.signals),
    );
    const replayed = await replayExport(loaded, { states, signals });

    // Hard rules: every refusal of an event of the export. Attendance of a mother who is
    // not in the export is a reference problem, reported once on reading, not a refusal.
    for (const refused of replayed.refused) {
      if (!replayed.own.has(refused.trajectoryId)) continue;
      const file = refused.file === "" ? "a group log" : refused.file;
      for (const refusal of refused.refusals)
        findings.add(refusalRequirementId(refusal.rule), {
          file,
          ...(refused.line === undefined ? {} : { line: refused.line }),
          eventId: refused.eventId,
          trajectoryId: refused.trajectoryId,
          message:
            (refused.line === undefined ? "" : say.line(refused.line)) +
            say.refused(
              findings.eventType(refused.type),
              refused.source === "group" ? refused.trajectoryId : undefined,
              refusal.rule,
              refusal.message[findings.language],
            ),
        });
    }

    // A group's correction refused for its target is reported on reading (MIR-SCHEMA-010,
    // 011); one whose corrected event breaks its schema only here.
    for (const record of replayed.groupCorrections)
      for (const refusal of record.refusals)
        if (refusal.rule === "event-schema")
          findings.add("MIR-SCHEMA-013", {
            file: exportLayout.groupLog(record.correction.groupId),
            ...(record.line === undefined ? {} : { line: record.line }),
            eventId: record.correction.id,
            message:
              (record.line === undefined ? "" : say.line(record.line)) +
              say.correctionRefused(
                findings.eventType(record.correction.type),
                record.correction.data.eventId,
                refusal.message[findings.language],
              ),
          });

    checkProfiles(loaded, replayed, findings);
    await checkExpected(dir, loaded, replayed, findings);
    return report(dir, loaded, replayed);
  } finally {
    loaded.index.close();
  }
}

function report(dir: string, loaded: LoadedExport, replayed: KitReplay): ConformanceReport {
  const { findings } = loaded;
  const results: RequirementResult[] = requirements.map((requirement) => {
    const found = findings.byRequirement.get(requirement.id) ?? [];
    return {
      id: requirement.id,
      area: requirement.area,
      title: requirement.title,
      method: requirement.method,
      status:
        found.length > 0
          ? "failed"
          : findings.notApplicable.has(requirement.id)
            ? "not-applicable"
            : "passed",
      findings: found.slice(0, MAX_FINDINGS),
      findingCount: findings.counts.get(requirement.id) ?? 0,
    };
  });
  const count = (status: RequirementResult["status"]) =>
    results.filter((result) => result.status === status).length;
  return {
    kind: "miriam-conformance-report",
    formatVersion: 1,
    kit: {
      name: KIT_NAME,
      version: KIT_VERSION,
      interchangeFormat: FORMAT_VERSION,
      statechart: MACHINE_VERSION,
    },
    export: {
      name: basename(resolve(dir)),
      files: loaded.files,
      ignored: loaded.ignored,
      trajectories: replayed.own.size,
      events: loaded.index.eventCount,
    },
    conformant: count("failed") === 0,
    summary: {
      passed: count("passed"),
      failed: count("failed"),
      notApplicable: count("not-applicable"),
    },
    requirements: results,
  };
}

function checkProfiles(loaded: LoadedExport, replayed: KitReplay, findings: Findings) {
  if (loaded.profiles === undefined) return;
  for (const [index, profile] of loaded.profiles.entries()) {
    const finding: Finding = {
      file: exportLayout.profiles,
      trajectoryId: profile.trajectoryId,
      message: "",
    };
    if (!replayed.own.has(profile.trajectoryId))
      findings.add("MIR-PRIVACY-002", {
        ...finding,
        message:
          findings.say.profile(index + 1) + findings.say.profileWithoutEvents(profile.trajectoryId),
      });
    else if (!replayed.enrolled.has(profile.trajectoryId))
      findings.add("MIR-PRIVACY-002", {
        ...finding,
        message:
          findings.say.profile(index + 1) +
          findings.say.profileWithoutConsent(profile.trajectoryId),
      });
  }
}

// -------------------------------------------------------------------------------------
// expected/: the vendor's own results, compared with the kit's
// -------------------------------------------------------------------------------------

const EXPECTED = {
  trajectories: "MIR-CALCULATION-001",
  refused: "MIR-CALCULATION-002",
  signals: "MIR-CALCULATION-003",
  indicators: "MIR-CALCULATION-004",
} as const;

function readExpected(
  dir: string,
  name: keyof typeof EXPECTED,
  findings: Findings,
): { present: false } | { present: true; value: unknown } {
  const file = `${exportLayout.expected}/${exportLayout.expectedFiles[name]}`;
  const path = join(dir, file);
  if (!existsSync(path)) {
    findings.notApplicable.add(EXPECTED[name]);
    return { present: false };
  }
  try {
    return { present: true, value: JSON.parse(readFileSync(path, "utf8")) };
  } catch {
    findings.add(EXPECTED[name], {
      file,
      path: "$",
      message: findings.say.notAJsonValue,
    });
    return { present: true, value: undefined };
  }
}

async function checkExpected(
  dir: string,
  loaded: LoadedExport,
  replayed: KitReplay,
  findings: Findings,
) {
  const trajectories = readExpected(dir, "trajectories", findings);
  const refused = readExpected(dir, "refused", findings);
  const signals = readExpected(dir, "signals", findings);
  const indicators = readExpected(dir, "indicators", findings);
  if (!trajectories.present && !refused.present && !signals.present && !indicators.present) return;
  const kit: KitResults = await kitResults(replayed, loaded, { indicators: indicators.present });
  if (trajectories.present && trajectories.value !== undefined)
    compareTrajectories(trajectories.value, kit, findings);
  if (refused.present && refused.value !== undefined) compareRefused(refused.value, kit, findings);
  if (signals.present && signals.value !== undefined) compareSignals(signals.value, kit, findings);
  if (indicators.present && indicators.value !== undefined)
    compareIndicators(indicators.value, kit, findings);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function compareTrajectories(value: unknown, kit: KitResults, findings: Findings) {
  const file = `${exportLayout.expected}/${exportLayout.expectedFiles.trajectories}`;
  const add = (message: string, trajectoryId?: string) =>
    findings.add(EXPECTED.trajectories, {
      file,
      ...(trajectoryId === undefined ? {} : { trajectoryId }),
      message,
    });
  const { say } = findings;
  if (!isObject(value)) return add(say.expectedShape.trajectories);
  for (const id of Object.keys(kit.trajectories))
    if (!(id in value)) add(say.trajectoryMissing(id), id);
  for (const [id, expected] of Object.entries(value)) {
    const actual = kit.trajectories[id];
    if (actual === undefined) {
      add(say.trajectoryNotInLogs(id), id);
      continue;
    }
    const claimed = (isObject(expected) ? expected : {}) as Partial<ExpectedTrajectory>;
    const state = Array.isArray(claimed.state) ? [...claimed.state].sort() : claimed.state;
    if (JSON.stringify(state) !== JSON.stringify(actual.state))
      add(say.stateDiffers(id, JSON.stringify(claimed.state), JSON.stringify(actual.state)), id);
    if ("outcome" in claimed && claimed.outcome !== actual.outcome)
      add(
        say.outcomeDiffers(id, JSON.stringify(claimed.outcome), JSON.stringify(actual.outcome)),
        id,
      );
    if ("accepted" in claimed && claimed.accepted !== actual.accepted)
      add(say.acceptedDiffers(id, JSON.stringify(claimed.accepted), String(actual.accepted)), id);
  }
}

function compareRefused(value: unknown, kit: KitResults, findings: Findings) {
  const file = `${exportLayout.expected}/${exportLayout.expectedFiles.refused}`;
  const { say } = findings;
  if (!Array.isArray(value)) {
    findings.add(EXPECTED.refused, { file, message: say.expectedShape.refused });
    return;
  }
  const key = (r: Partial<ExpectedRefusal>) =>
    say.refusal(String(r.eventId), String(r.trajectoryId), [...(r.rules ?? [])].sort().join(", "));
  const theirs = new Set(value.map((r) => key(isObject(r) ? r : {})));
  const ours = new Set(kit.refused.map(key));
  for (const k of ours)
    if (!theirs.has(k))
      findings.add(EXPECTED.refused, {
        file,
        message: say.kitRefuses(k),
      });
  for (const k of theirs)
    if (!ours.has(k))
      findings.add(EXPECTED.refused, {
        file,
        message: say.youRefuse(k),
      });
}

function compareSignals(value: unknown, kit: KitResults, findings: Findings) {
  const file = `${exportLayout.expected}/${exportLayout.expectedFiles.signals}`;
  const { say } = findings;
  if (!Array.isArray(value)) {
    findings.add(EXPECTED.signals, { file, message: say.expectedShape.signals });
    return;
  }
  const key = (s: Partial<ExpectedSignal>) =>
    say.signal(String(s.code), String(s.subject), String(s.value));
  const count = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  const theirs = count(value.map((s) => key(isObject(s) ? s : {})));
  const ours = count(kit.signals.map(key));
  for (const [k, n] of ours)
    if ((theirs.get(k) ?? 0) < n)
      findings.add(EXPECTED.signals, {
        file,
        message: say.kitSignals(k),
      });
  for (const [k, n] of theirs)
    if ((ours.get(k) ?? 0) < n)
      findings.add(EXPECTED.signals, {
        file,
        message: say.youSignal(k),
      });
}

function compareIndicators(value: unknown, kit: KitResults, findings: Findings) {
  const file = `${exportLayout.expected}/${exportLayout.expectedFiles.indicators}`;
  const { say } = findings;
  if (!isObject(value)) {
    findings.add(EXPECTED.indicators, { file, message: say.expectedShape.indicators });
    return;
  }
  const visit = (theirs: unknown, ours: unknown, path: string) => {
    if (isObject(theirs)) {
      if (!isObject(ours)) {
        findings.add(EXPECTED.indicators, {
          file,
          path,
          message: say.noFigures(path),
        });
        return;
      }
      for (const [key, child] of Object.entries(theirs)) visit(child, ours[key], `${path}.${key}`);
      return;
    }
    if (Array.isArray(theirs) && Array.isArray(ours) && theirs.length === ours.length) {
      for (const [index, child] of theirs.entries()) visit(child, ours[index], `${path}[${index}]`);
      return;
    }
    const same =
      typeof theirs === "number" && typeof ours === "number"
        ? Math.abs(theirs - ours) <= 1e-9 * Math.max(1, Math.abs(ours))
        : JSON.stringify(theirs) === JSON.stringify(ours);
    if (!same)
      findings.add(EXPECTED.indicators, {
        file,
        path,
        message: say.figureDiffers(path, JSON.stringify(theirs), JSON.stringify(ours)),
      });
  };
  for (const [groupId, figures] of Object.entries(value))
    visit(figures, kit.indicators[groupId], `$["${groupId}"]`);
}
