import {
  groupEventTypes,
  type Labels,
  type Language,
  type Timepoint,
  type TrajectoryPhase,
  timepoints,
  tracks,
  trajectoryEventTypes,
  trajectoryPhases,
} from "@miriam/schemas";
import type { AnyStateNode } from "xstate";
import { trajectoryMachine } from "./machine";

// Where each phase of the method lives in the statechart. The end measurement is the one
// phase that is a step rather than a place: recording t1 is what ends the active phase
// (see `currentPhase`), so its diagram is that transition.
const PHASE_STATE: Readonly<Record<Exclude<TrajectoryPhase, "end-measurement">, string>> = {
  referral: "prospect.referred",
  "information-talk": "prospect.informed",
  intake: "enrolled.running.intake",
  baseline: "enrolled.running.baseline",
  "personal-plan": "enrolled.running.personalPlan",
  active: "enrolled.running.withPlan.active",
  evaluation: "enrolled.running.withPlan.evaluation",
  handover: "enrolled.running.withPlan.handover",
  "follow-up": "enrolled.running.withPlan.followUp",
  closed: "closed",
};

// States that are not a phase but that a phase leads to, named by the event that leads
// there: people know "trajectory paused", not a state called `paused`.
const STATE_EVENT: Readonly<Record<string, keyof typeof EVENT_LABEL | undefined>> = {
  "enrolled.paused": "trajectory.paused",
  withdrawn: "consent.withdrawn",
};

// Inputs of the chart that are not trajectory events: attendance comes from the group's log.
const EVENT_LABEL = Object.fromEntries([
  ...trajectoryEventTypes.terms.map((term) => [term.code, term.labels] as const),
  [
    "group-session.attended",
    groupEventTypes.terms.find((term) => term.code === "group-session.held")!.labels,
  ],
]) as Readonly<Record<string, Labels>>;

const RECORDED: Labels = {
  nl: "wordt vastgelegd in deze fase",
  fr: "enregistré pendant cette phase",
  de: "wird in dieser Phase erfasst",
  en: "recorded in this phase",
};

interface Transition {
  readonly eventType: string;
  readonly source: AnyStateNode;
  readonly target?: readonly AnyStateNode[];
  readonly guard?: unknown;
}

const pathOf = (node: AnyStateNode) => node.path.join(".");
const children = (node: AnyStateNode) => Object.values(node.states) as AnyStateNode[];
const subtree = (node: AnyStateNode): AnyStateNode[] => [node, ...children(node).flatMap(subtree)];
const within = (node: AnyStateNode, ancestor: AnyStateNode) =>
  pathOf(node) === pathOf(ancestor) || pathOf(node).startsWith(`${pathOf(ancestor)}.`);
const transitionsOf = (node: AnyStateNode) =>
  [...(node.transitions as Map<string, Transition[]>).values()].flat();

const PHASE_OF_PATH = new Map(
  Object.entries(PHASE_STATE).map(([phase, path]) => [path, phase as TrajectoryPhase]),
);
const nodeAt = (path: string): AnyStateNode =>
  path
    .split(".")
    .reduce<AnyStateNode>((node, key) => node.states[key] as AnyStateNode, trajectoryMachine.root);

/** The phase a state belongs to: its own or its nearest ancestor's. */
function phaseOf(node: AnyStateNode): TrajectoryPhase | undefined {
  for (let n: AnyStateNode | undefined = node; n !== undefined; n = n.parent) {
    const phase = PHASE_OF_PATH.get(pathOf(n));
    if (phase !== undefined) return phase;
  }
  return undefined;
}

/** The state a transition really lands in: compound states enter their initial child. */
function landing(target: AnyStateNode): AnyStateNode {
  let node = target;
  while (phaseOf(node) === undefined && STATE_EVENT[pathOf(node)] === undefined) {
    const initial = node.initial?.target?.[0] as AnyStateNode | undefined;
    if (initial === undefined) break;
    node = initial;
  }
  return node;
}

/** The phases (in the method's order) that a state holds: a range for a compound state. */
function phasesIn(node: AnyStateNode): TrajectoryPhase[] {
  const found = new Set(subtree(node).map(phaseOf));
  return trajectoryPhases.codes.filter((phase) => found.has(phase));
}

interface Box {
  readonly id: string;
  readonly text: string;
}

function eventText(transition: Transition, language: Language): string {
  const label = EVENT_LABEL[transition.eventType]?.[language] ?? transition.eventType;
  const { params } = (transition.guard ?? {}) as { params?: { timepoint?: Timepoint } };
  const timepoint = params?.timepoint;
  return timepoint === undefined
    ? label
    : `${label}${colon(language)}${timepoints.label(timepoint, language)}`;
}

const START: Box = { id: "start", text: "" };

/** Whether a state is somewhere people can be (a phase, a range of phases, a pause). */
const isPlace = (node: AnyStateNode) =>
  phasesIn(node).length > 0 || STATE_EVENT[pathOf(node)] !== undefined;

// French sets a (non-breaking) space before a colon.
const colon = (language: Language) => (language === "fr" ? "\u00a0: " : ": ");

const quote = (text: string) => `"${text.replace(/"/g, "#quot;")}"`;
const idOf = (text: string) => text.replace(/[^a-zA-Z0-9]+/g, "_");

/**
 * One phase of the MIRIAM trajectory as a small Mermaid flowchart, with the method's
 * words in `language` (from the `trajectoryPhases`, `trajectoryEventTypes`, `tracks` and
 * `timepoints` vocabularies): the phase itself, highlighted; the phases and states it
 * comes from and leads to, each arrow labelled with the event that takes it; and the
 * events recorded without leaving the phase (for the active phase, per track). Generated
 * from the same machine as {@link toMermaid}, so it cannot drift from what the software
 * accepts; small enough to read on a projector or an A4 handout. Pure.
 *
 * The end measurement is drawn as the step it is: the arrow from the active phase to the
 * evaluation, highlighted.
 *
 * @example
 * ```ts
 * import { trajectoryPhases } from "@miriam/schemas";
 * for (const phase of trajectoryPhases.codes)
 *   writeFileSync(`${phase}.nl.mmd`, phaseDiagram(phase, "nl"));
 * ```
 */
export function phaseDiagram(phase: TrajectoryPhase, language: Language): string {
  const lines = ["flowchart LR"];
  const declared = new Map<string, string>();
  const box = (node: AnyStateNode): Box => {
    const own = phaseOf(node);
    if (own !== undefined && pathOf(node) === PHASE_STATE[own as keyof typeof PHASE_STATE])
      return { id: `phase_${idOf(own)}`, text: trajectoryPhases.label(own, language) };
    const event = STATE_EVENT[pathOf(node)];
    if (event !== undefined)
      return { id: `state_${idOf(pathOf(node))}`, text: EVENT_LABEL[event]![language] };
    const range = phasesIn(node).map((p) => trajectoryPhases.label(p, language));
    const text =
      range.length === 0 ? "" : range.length === 1 ? range[0]! : `${range[0]} – ${range.at(-1)}`;
    return { id: `states_${idOf(pathOf(node))}`, text };
  };
  const declare = ({ id, text }: Box) => {
    if (declared.has(id)) return id;
    declared.set(id, text);
    lines.push(id === "start" ? "  start@{ shape: sm-circ }" : `  ${id}(${quote(text)})`);
    return id;
  };
  const edges = new Map<string, { from: string; to: string; labels: string[]; thick: boolean }>();
  const edge = (from: Box, to: Box, label: string, thick = false) => {
    const key = `${from.id}>${to.id}`;
    const found = edges.get(key) ?? { from: declare(from), to: declare(to), labels: [], thick };
    if (!found.labels.includes(label)) found.labels.push(label);
    edges.set(key, found);
  };
  // The drawing in words, for screen readers: every arrow, then what is recorded.
  const described = (extra: readonly string[] = []) =>
    [
      ...[...edges.values()].map(
        (e) =>
          `${declared.get(e.from) || "●"} → ${declared.get(e.to)}${colon(language)}${e.labels.join(", ")}`,
      ),
      ...extra,
    ]
      .join("; ")
      .replace(/[\n#]/g, " ");

  if (phase === "end-measurement") {
    // The step from the active phase to the evaluation: the t1 measurement.
    const active = nodeAt(PHASE_STATE.active);
    const t1 = transitionsOf(active).find(
      (t) => (t.guard as { params?: { timepoint?: string } })?.params?.timepoint === "t1",
    );
    if (t1?.target?.[0] === undefined)
      throw new Error("The chart has no t1 step out of the active phase.");
    edge(box(active), box(landing(t1.target[0])), eventText(t1, language), true);
    lines.push(...edgeLines(edges));
    return finish(
      [...lines, "  linkStyle 0 stroke:#6b5300,stroke-width:4px"],
      trajectoryPhases.label(phase, language),
      described(),
    );
  }

  const here = nodeAt(PHASE_STATE[phase]);
  // The phase itself is drawn last: a box, or a frame around what it records.
  const { id: self, text: selfText } = box(here);
  declared.set(self, selfText);
  const ancestors: AnyStateNode[] = [];
  for (let n = here.parent; n !== undefined && n.parent !== undefined; n = n.parent)
    ancestors.push(n);
  const recorded = new Map<string, string[]>([["", []]]);
  const record = (region: string, text: string) => {
    const list = recorded.get(region) ?? [];
    if (!list.includes(text)) list.push(text);
    recorded.set(region, list);
  };
  // The region of a state inside a parallel phase (a track), or "" for the phase itself.
  const regionOf = (node: AnyStateNode) =>
    here.type === "parallel" && node !== here ? (node.path[here.path.length] ?? "") : "";

  // Leaving, or staying: what the phase and the states around it accept.
  for (const source of [...subtree(here), ...ancestors]) {
    for (const t of transitionsOf(source)) {
      const target = t.target?.[0];
      const text = eventText(t, language);
      if (target === undefined || within(target, here))
        record(within(source, here) ? regionOf(source) : "", text);
      else edge(box(here), box(landing(target)), text);
    }
  }
  // Arriving: transitions elsewhere that land in this phase, drawn from where they start.
  for (const source of subtree(trajectoryMachine.root).slice(1)) {
    if (within(source, here)) continue;
    for (const t of transitionsOf(source)) {
      const target = t.target?.[0];
      if (target === undefined) continue;
      // Resuming returns to the phase she was in: every phase the history covers.
      const lands =
        target.type === "history"
          ? target.parent !== undefined && within(here, target.parent)
          : within(landing(target), here);
      if (!lands) continue;
      const text = eventText(t, language);
      if (ancestors.includes(source)) {
        // A parent's event into one of its children comes from the other children.
        for (const sibling of children(source))
          if (!within(here, sibling) && sibling.type !== "history")
            edge(box(sibling), box(here), text);
      } else edge(isPlace(source) ? box(source) : START, box(here), text);
    }
  }
  // An event listed on a track, or that leaves the phase, is not listed again for the phase
  // (withdrawing one scope of consent stays, withdrawing processing leaves: the arrow says so).
  const elsewhere = new Set([
    ...[...recorded].filter(([region]) => region !== "").flatMap(([, events]) => events),
    ...[...edges.values()].filter((e) => e.from === self).flatMap((e) => e.labels),
  ]);
  recorded.set(
    "",
    (recorded.get("") ?? []).filter((text) => !elsewhere.has(text)),
  );
  const notes: string[] = [];
  const listed: string[] = [];
  for (const [region, events] of recorded) {
    if (events.length === 0) continue;
    const title =
      region === "" ? RECORDED[language] : tracks.label(region as "individual", language);
    const items = events.map((e) => `• ${e}`).join("<br>");
    notes.push(
      `    recorded_${idOf(region || "phase")}[${quote(`${title}${colon(language).trimEnd()}<br>${items}`)}]`,
    );
    listed.push(`${title}${colon(language)}${events.join(", ")}`);
  }
  if (notes.length === 0) lines.push(`  ${self}(${quote(selfText)})`, `  class ${self} current`);
  else
    lines.push(
      // Markdown text: the phase's name in bold over what it records.
      `  subgraph ${self}[${quote(`\`**${selfText}**\``)}]`,
      // Its lists one under the other (unlinked boxes stack across the flow).
      "    direction LR",
      ...notes,
      "  end",
      `  style ${self} ${CURRENT}`,
      ...notes.map((note) => `  class ${note.trim().split("[")[0]} recorded`),
    );
  lines.push(...edgeLines(edges));
  return finish(lines, trajectoryPhases.label(phase, language), described(listed));
}

function edgeLines(
  edges: Map<string, { from: string; to: string; labels: string[]; thick: boolean }>,
): string[] {
  return [...edges.values()].map(
    ({ from, to, labels, thick }) =>
      `  ${from} ${thick ? "==>" : "-->"}|${quote(labels.join("<br>"))}| ${to}`,
  );
}

// Explicit colours, dark text on light fills, so the chart reads the same in the site's
// light and dark themes and in print.
const CURRENT = "fill:#fff4c2,stroke:#6b5300,stroke-width:3px,color:#1b1b1b";

function finish(lines: string[], title: string, description: string): string {
  return `${[
    lines[0],
    // Read by screen readers in place of the drawing.
    `  accTitle: ${title}`,
    `  accDescr: ${description}`,
    ...lines.slice(1),
    `  classDef current ${CURRENT}`,
    "  classDef recorded fill:#f4f4f4,stroke:#6b6b6b,stroke-dasharray:4 3,color:#1b1b1b,text-align:left",
  ].join("\n")}\n`;
}
