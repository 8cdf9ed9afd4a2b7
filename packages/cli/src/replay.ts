import {
  type CorrectionEvent,
  correctionEventTypes,
  type GroupCorrectionEvent,
  type GroupEvent,
  groupCorrectionEventTypes,
  groupEventTypes,
  type Language,
  labelAndValue,
  type MethodGroupEvent,
  type MethodTrajectoryEvent,
  type ProjectSettings,
  type TrajectoryEvent,
  trajectoryEventTypes,
} from "@miriam/schemas";
import {
  createProgrammeReplay,
  currentPhase,
  dueActions,
  type FidelitySignal,
  isPaused,
  type ProgrammeTrajectoryReplay,
  stateNames,
} from "@miriam/trajectory";
import { Command } from "commander";
import { collectGarbage } from "./_heap";
import type { Words } from "./_i18n";
import { loadSettings, reportLoadProblems, requireLogs, resolveInputs } from "./_inputs";
import { type Context, drainingWriter, EXIT, parseDate, progressWanted, wordsFor } from "./_io";
import { type FileEntry, type IndexedTrajectory, indexLogs, type LogIndex } from "./_log-index";
import { cliProblem, writeJsonOutput } from "./_output";
import { progressReporter } from "./_progress";
import { TrajectoryRows } from "./_trajectory-rows";

interface ReplayOptions {
  readonly config?: string;
  readonly now?: string;
  readonly lang?: string;
  readonly json?: boolean;
  readonly trajectory?: string;
  readonly progress?: boolean;
}

/** @internal `miriam replay <logs...>`. */
export function replayCommand(ctx: Context, done: (code: number) => void): Command {
  const { help } = ctx.words;
  const h = help.commands.replay;
  const v = help.values;
  return new Command("replay")
    .summary(h.summary)
    .description(h.description)
    .argument(`<${h.args.logs[0]}>`, h.args.logs[1])
    .option(`--config <${v.file}>`, h.options.config)
    .option(`--now <${v.date}>`, h.options.now)
    .option(`--lang <${v.language}>`, help.lang)
    .option(`--trajectory <${v.id}>`, h.options.trajectory)
    .option("--json", h.options.json)
    .option("--progress", help.progress)
    .option("--no-progress", help.noProgress)
    .addHelpText("after", h.after)
    .action(async (logs: string[], options: ReplayOptions) => {
      done(await replayLogs(ctx, logs, options));
    });
}

async function replayLogs(ctx: Context, logs: string[], options: ReplayOptions): Promise<number> {
  const words = wordsFor(ctx, options.lang);
  const { language } = words;
  const now = options.now === undefined ? undefined : parseDate(words, "--now", options.now);
  const inputs = resolveInputs(ctx, words, logs);
  requireLogs(words, inputs);
  const settings = loadSettings(ctx, words, inputs, options.config);
  const progress = progressReporter(ctx, words, progressWanted(ctx.io, options.progress));
  const index = await indexLogs(ctx, words, inputs, settings, (label, lines) =>
    progress.update(label, lines, 0),
  );
  progress.done();
  if (!options.json) reportLoadProblems(ctx, words, index);
  try {
    const result = await describe(index, language, now, settings, options.trajectory);
    const ok = result.refused.length === 0 && index.problems.length === 0;
    if (options.json)
      await writeJsonOutput(drainingWriter(ctx.io.stdout), {
        command: "replay",
        language,
        ok,
        ...result,
        problems: index.problems.map(({ file, problem }) => cliProblem(file, problem, language)),
      });
    else print(ctx, words, result, now);
    return ok ? EXIT.ok : EXIT.findings;
  } finally {
    index.close();
  }
}

type Described = Awaited<ReturnType<typeof describe>>;

// One trajectory at a time (the log index's second pass): what is printed of each is
// kept, her events and state are not.
async function describe(
  index: LogIndex,
  language: Language,
  now: string | undefined,
  settings: ProjectSettings | undefined,
  only: string | undefined,
) {
  // On --now, the log as it stood that day: a timestamp's own date (with its offset) is
  // compared, so an event is never moved to another day by a time zone.
  const until = now?.slice(0, 10);
  const asOfNow = <E extends { at: string }>(entry: { event: E }) =>
    until === undefined || entry.event.at.slice(0, 10) <= until;
  const shown = (id: string) => only === undefined || id === only;
  // The groups' logs without attendance, which each trajectory gets with her own events.
  // Each trajectory comes with her attendance, so the group logs are read only at
  // `finish`, after the trajectories: never held while they are replayed. It is the
  // index's last read: its memory goes before the groups are summarised.
  const programme = createProgrammeReplay({
    groupEvents: () => {
      const logs = index.groupLogsWithoutAttendance(asOfNow);
      index.close();
      collectGarbage();
      return logs;
    },
    ...(settings === undefined ? {} : { settings }),
  });

  const trajectories = new TrajectoryRows(language);
  const refused: RefusedRow[] = [];
  const signals: SignalRow[] = [];
  const due: DueRow[] = [];
  let replayed = 0;
  let events = 0;
  const take = (
    one: ProgrammeTrajectoryReplay,
    entries: readonly FileEntry<TrajectoryEvent>[],
    sessions: readonly FileEntry<GroupEvent>[],
  ) => {
    replayed++;
    const { trajectoryId: id, replay: result } = one;
    const { state, accepted } = result;
    events += accepted + result.refused.length;
    if (!shown(id)) return;
    trajectories.add({
      id,
      phase: currentPhase(state),
      paused: isPaused(state),
      outcome: state.context.milestones.closing?.outcome ?? null,
      state: stateNames(state),
      accepted,
      refused: result.refused.length,
    });
    const fileOf = (eventId: string) =>
      (
        entries.find((entry) => entry.event.id === eventId) ??
        sessions.find((entry) => entry.event.id === eventId)
      )?.file ?? null;
    for (const r of one.refused)
      refused.push({
        file: fileOf(r.eventId),
        line: r.line ?? null,
        trajectoryId: r.trajectoryId,
        eventId: r.eventId,
        type: r.type,
        at: r.at,
        refusals: r.refusals.map((refusal) => ({
          rule: refusal.rule,
          message: refusal.message[language],
          remedy: refusal.remedy[language],
        })),
      });
    for (const s of one.signals) signals.push(signalRow(s, language));
    if (now !== undefined)
      for (const action of dueActions(state, now, settings))
        due.push({
          trajectoryId: id,
          code: action.code,
          label: action.label[language],
          due: action.due,
          overdue: action.overdue,
          daysLeft: action.daysLeft,
        });
  };

  // A mother without events of her own up to --now but present at a session comes after
  // the others, in the order of her first session, as `replayProgramme` has her.
  const attendanceOnly: (IndexedTrajectory & { first: number })[] = [];
  for await (const trajectory of index.trajectories(undefined, until)) {
    const entries = trajectory.entries.filter(asOfNow);
    const sessions = trajectory.sessions.filter(asOfNow);
    const attendance =
      until === undefined
        ? trajectory.attendance
        : trajectory.attendance.filter((a) => a.at.slice(0, 10) <= until);
    if (entries.length === 0) {
      if (sessions.length > 0)
        attendanceOnly.push({ ...trajectory, sessions, attendance, first: sessions[0]!.row });
      continue;
    }
    take(programme.addTrajectory(trajectory.trajectoryId, entries, attendance), entries, sessions);
  }
  // The replays' garbage goes before the group logs are read (at `finish`).
  collectGarbage();
  attendanceOnly.sort((a, b) => a.first - b.first);
  for (const { trajectoryId, sessions, attendance } of attendanceOnly)
    take(programme.addTrajectory(trajectoryId, [], attendance), [], sessions);
  const end = programme.finish();
  for (const s of end.signals)
    if (s.subject.kind !== "trajectory" || shown(s.subject.id))
      signals.push(signalRow(s, language));

  due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return {
    replayed,
    events: replayed === 0 ? 0 : events,
    files: index.files,
    ...(now === undefined ? {} : { now }),
    trajectories: trajectories.byId(),
    groups: [...end.groups.values()].map((group) => ({
      groupId: group.groupId,
      sessions: group.sessions.length,
      participants: group.participants.length,
    })),
    refused,
    signals,
    due,
  };
}

interface RefusedRow {
  readonly file: string | null;
  readonly line: number | null;
  readonly trajectoryId: string;
  readonly eventId: string;
  readonly type: string;
  readonly at: string;
  readonly refusals: { readonly rule: string; readonly message: string; readonly remedy: string }[];
}

interface DueRow {
  readonly trajectoryId: string;
  readonly code: string;
  readonly label: string;
  readonly due: string;
  readonly overdue: boolean;
  readonly daysLeft: number;
}

type SignalRow = ReturnType<typeof signalRow>;

function signalRow(s: FidelitySignal, language: Language) {
  return {
    code: s.code,
    subject: s.subject,
    message: s.message[language],
    value: s.value,
    threshold: s.threshold,
    unit: s.unit,
    ...(s.at === undefined ? {} : { at: s.at }),
    ...(s.period === undefined ? {} : { period: s.period }),
  };
}

const eventTypeLabel = (type: string, language: Language) =>
  (trajectoryEventTypes.codes as readonly string[]).includes(type)
    ? trajectoryEventTypes.label(type as MethodTrajectoryEvent["type"], language)
    : (correctionEventTypes.codes as readonly string[]).includes(type)
      ? correctionEventTypes.label(type as CorrectionEvent["type"], language)
      : (groupCorrectionEventTypes.codes as readonly string[]).includes(type)
        ? groupCorrectionEventTypes.label(type as GroupCorrectionEvent["type"], language)
        : groupEventTypes.label(type as MethodGroupEvent["type"], language);

// What a person reads: labels of the vocabularies and sentences of the catalogue, never a
// code (the codes are in --json).
function print(ctx: Context, words: Words, result: Described, now: string | undefined): void {
  const { color } = ctx;
  const { m, language } = words;
  ctx.out(
    m.replayed(
      words.count(result.replayed, m.trajectories),
      words.count(result.groups.length, m.groups),
      `${words.count(result.events, m.eventsAndAttendances)}${now === undefined ? "" : m.upTo(words.date(now))}`,
    ) + m.from(result.files.map((f) => f.label).join(", ")),
  );
  ctx.out();
  ctx.out(color.bold(m.trajectoriesHeading));
  const paused = trajectoryEventTypes.label("trajectory.paused", language);
  let width = 10;
  for (const t of result.trajectories) width = Math.max(width, t.id.length);
  for (const t of result.trajectories) {
    const where =
      t.outcomeLabel === null
        ? `${t.phaseLabel}${t.paused ? ` (${paused})` : ""}`
        : labelAndValue(t.phaseLabel, t.outcomeLabel, language);
    ctx.out(
      `  ${t.id.padEnd(width)}  ${where.padEnd(36)} ${words.count(t.accepted, m.events)}${t.refused > 0 ? color.red(`, ${words.count(t.refused, m.refused)}`) : ""}`,
    );
  }
  ctx.out();
  ctx.out(color.bold(m.refusedHeading(words.number(result.refused.length))));
  if (result.refused.length === 0) ctx.out(color.green(`  ${m.noneRefused}`));
  for (const r of result.refused) {
    // file:line, as editors and terminals read it, in every language.
    const where = [r.file, r.line].filter((part) => part !== null).join(":");
    ctx.out(`  ${color.red("✗")} ${where}  ${r.trajectoryId}  ${eventTypeLabel(r.type, language)}`);
    for (const refusal of r.refusals) {
      ctx.out(`      ${color.yellow(refusal.message)}`);
      ctx.out(`      ${color.dim("→")} ${refusal.remedy}`);
    }
  }
  ctx.out();
  ctx.out(color.bold(m.signalsHeading(words.number(result.signals.length))));
  if (result.signals.length === 0) ctx.out(`  ${m.none}`);
  for (const s of result.signals)
    ctx.out(`  ${m.subjects[s.subject.kind]} ${s.subject.id}  ${s.message}`);
  if (now !== undefined) {
    ctx.out();
    ctx.out(color.bold(m.dueHeading(words.date(now), words.number(result.due.length))));
    if (result.due.length === 0) ctx.out(`  ${m.nothingDue}`);
    for (const d of result.due) {
      const when = d.overdue
        ? color.red(words.count(-d.daysLeft, m.overdue))
        : words.count(d.daysLeft, m.inDays);
      ctx.out(`  ${d.trajectoryId}  ${m.due(d.label, words.date(d.due), when)}`);
    }
  }
}
