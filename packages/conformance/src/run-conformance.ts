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
  const { findings, settings } = loaded;
  const { say } = findings;
  const replayed = replayExport(loaded.trajectoryEntries, loaded.groupEntries, settings);

  // Hard rules: every refusal of an event of the export. Attendance of a mother who is
  // not in the export is a reference problem, reported once below, not a refusal.
  for (const refused of replayed.programme.refused) {
    if (!replayed.own.has(refused.trajectoryId)) continue;
    const file =
      refused.source === "trajectory"
        ? exportLayout.trajectories
        : (loaded.groupFileOf.get(refused.eventId) ?? "a group log");
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

  checkReferences(loaded, replayed.own, findings);
  checkProfiles(loaded, replayed, findings);
  checkExpected(dir, loaded, replayed, findings);

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
      findingCount: found.length,
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
      events: loaded.trajectoryEntries.length + loaded.groupEntries.length,
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

function checkReferences(loaded: LoadedExport, own: ReadonlySet<string>, findings: Findings) {
  const { settings } = loaded;
  const { say } = findings;
  const groupIds = new Set(settings?.groups.map((group) => group.id));
  const groupOf = new Map<string, string>();
  for (const { line, event } of loaded.trajectoryEntries) {
    if (event.type !== "trajectory.referred") continue;
    groupOf.set(event.trajectoryId, event.data.groupId);
    if (settings === undefined) continue;
    if (event.data.projectId !== settings.id)
      findings.add("MIR-REFERENCE-001", {
        file: exportLayout.trajectories,
        line,
        eventId: event.id,
        trajectoryId: event.trajectoryId,
        message: say.line(line) + say.referralProject(event.data.projectId, settings.id),
      });
    if (!groupIds.has(event.data.groupId))
      findings.add("MIR-REFERENCE-001", {
        file: exportLayout.trajectories,
        line,
        eventId: event.id,
        trajectoryId: event.trajectoryId,
        message:
          say.line(line) +
          say.referralGroup(event.data.groupId, exportLayout.settings, [...groupIds].join(", ")),
      });
  }
  for (const { line, event } of loaded.groupEntries) {
    const file = loaded.groupFileOf.get(event.id)!;
    if (
      settings !== undefined &&
      event.type === "group.opened" &&
      event.data.projectId !== settings.id
    )
      findings.add("MIR-REFERENCE-003", {
        file,
        line,
        eventId: event.id,
        message:
          say.line(line) +
          say.groupOpenedProject(findings.eventType(event.type), event.data.projectId, settings.id),
      });
    if (event.type !== "group-session.held") continue;
    for (const attendee of new Set(event.data.attendees)) {
      const referredTo = groupOf.get(attendee);
      if (!own.has(attendee))
        findings.add("MIR-REFERENCE-002", {
          file,
          line,
          eventId: event.id,
          trajectoryId: attendee,
          message: say.line(line) + say.attendeeUnknown(attendee),
        });
      else if (referredTo !== undefined && referredTo !== event.groupId)
        findings.add("MIR-REFERENCE-002", {
          file,
          line,
          eventId: event.id,
          trajectoryId: attendee,
          message: say.line(line) + say.attendeeElsewhere(attendee, referredTo),
        });
    }
  }
  checkProposalAnswers(loaded, findings);
  if (settings !== undefined) {
    const logged = new Set(loaded.groupEntries.map((entry) => entry.event.groupId));
    for (const groupId of logged)
      if (!groupIds.has(groupId))
        findings.add("MIR-REFERENCE-003", {
          file: exportLayout.groupLog(groupId),
          message: say.groupNotInSettings(groupId, exportLayout.settings, [...groupIds].join(", ")),
        });
  }
}

// Her proposals (issue #20): an answer must point at an earlier proposal of hers, once.
function checkProposalAnswers(loaded: LoadedExport, findings: Findings) {
  const proposals = new Map<string, { trajectoryId: string; answered: boolean }>();
  for (const { line, event } of loaded.trajectoryEntries) {
    if (event.type === "proposal.made") {
      proposals.set(event.id, { trajectoryId: event.trajectoryId, answered: false });
      continue;
    }
    if (event.type !== "proposal.confirmed" && event.type !== "proposal.declined") continue;
    const proposal = proposals.get(event.data.proposalId);
    const { say } = findings;
    const answer = findings.eventType(event.type);
    const problem =
      proposal === undefined || proposal.trajectoryId !== event.trajectoryId
        ? say.proposalUnknown(answer, event.data.proposalId)
        : proposal.answered
          ? say.proposalTwice(answer, event.data.proposalId)
          : undefined;
    if (proposal !== undefined && proposal.trajectoryId === event.trajectoryId)
      proposal.answered = true;
    if (problem !== undefined)
      findings.add("MIR-REFERENCE-004", {
        file: exportLayout.trajectories,
        line,
        eventId: event.id,
        trajectoryId: event.trajectoryId,
        message: say.line(line) + problem,
      });
  }
}

function checkProfiles(
  loaded: LoadedExport,
  replayed: ReturnType<typeof replayExport>,
  findings: Findings,
) {
  if (loaded.profiles === undefined) return;
  for (const [index, profile] of loaded.profiles.entries()) {
    const replay = replayed.programme.trajectories.get(profile.trajectoryId);
    const finding: Finding = {
      file: exportLayout.profiles,
      trajectoryId: profile.trajectoryId,
      message: "",
    };
    if (replay === undefined || !replayed.own.has(profile.trajectoryId))
      findings.add("MIR-PRIVACY-002", {
        ...finding,
        message:
          findings.say.profile(index + 1) + findings.say.profileWithoutEvents(profile.trajectoryId),
      });
    else if (replay.state.context.consent.enrolledAt === null)
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

function checkExpected(
  dir: string,
  loaded: LoadedExport,
  replayed: ReturnType<typeof replayExport>,
  findings: Findings,
) {
  const trajectories = readExpected(dir, "trajectories", findings);
  const refused = readExpected(dir, "refused", findings);
  const signals = readExpected(dir, "signals", findings);
  const indicators = readExpected(dir, "indicators", findings);
  if (!trajectories.present && !refused.present && !signals.present && !indicators.present) return;
  const kit: KitResults = kitResults(
    replayed,
    loaded.trajectoryEntries,
    loaded.groupEntries,
    loaded.settings,
    loaded.groupFileOf,
    { indicators: indicators.present },
  );
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
