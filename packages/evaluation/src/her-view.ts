import type {
  ConsentScope,
  GoalStatus,
  GroupEvent,
  MethodTrajectoryEvent,
  ProposalChannel,
  ProposalStatus,
  Right,
  RightStatus,
  StepOwner,
  TrajectoryEventOf,
} from "@miriam/schemas";
import {
  acceptedEvents,
  effectiveGroupEvents,
  goalsIn,
  type TrajectoryHistory,
} from "@miriam/trajectory";
import type { EvaluationOptions } from "./options";
import { summariseParticipant } from "./participant";

/** One step of her goal as she reads it: what, who, by when, and whether it is done. */
export interface HerStep {
  /** 0-based index of the step in its goal (what a `step-done` proposal points at). */
  readonly index: number;
  /** The step, in the words agreed with her. */
  readonly description: string;
  /** Who does it; word it with `stepOwners.labelForHer` ("you", "your case manager"). */
  readonly who: StepOwner;
  /** By when, when agreed. */
  readonly due?: string;
  /** Done: in the plan's words, or by a proposal of hers the case manager confirmed. */
  readonly done: boolean;
  /** She marked it done and the case manager has not answered yet. */
  readonly waiting: boolean;
}

/** One of her goals, in her own words. */
export interface HerGoal {
  /** The goal's id. */
  readonly id: string;
  /** Its life domain. */
  readonly domain: string;
  /** The goal in her own words. */
  readonly description: string;
  /** Where it stands. */
  readonly status: GoalStatus;
  /** Its steps. */
  readonly steps: readonly HerStep[];
}

/** One of her proposals and where it stands (never the case manager's note on it). */
export interface HerProposal {
  /** Id of the `proposal.made` event. */
  readonly id: string;
  /** When she made it (timestamp with offset). */
  readonly at: string;
  /** How it reached the case manager. */
  readonly via: ProposalChannel;
  /** Waiting, confirmed or declined. */
  readonly status: ProposalStatus;
  /** What she proposed. */
  readonly proposal:
    | { readonly kind: "group-topic"; readonly topic: string }
    | { readonly kind: "step-done"; readonly goalId: string; readonly step: number };
}

/** Her self-evaluation scores per life domain at one timepoint. */
export interface HerScores {
  /** Score per domain code; `null` when too few items were answered. */
  readonly domains: Readonly<Record<string, number | null>>;
}

/** One right of her rights check, sorted for her: found, applied for, or still open. */
export interface HerRight {
  /** The right's code. */
  readonly right: Right;
  /** Its status in the rights check. */
  readonly status: RightStatus;
  /**
   * How she reads it: `found` (she is entitled or it is granted), `applied` (the
   * application runs), `open` (still to be checked), `decided` (refused or not for her).
   */
  readonly stage: "found" | "applied" | "open" | "decided";
}

/** The group as she sees it: never another mother's name, id or proposal. */
export interface HerGroup {
  /** The topics the group chose (`group-topic.chosen`), oldest first, without repeats. */
  readonly chosenTopics: readonly string[];
  /** How many group sessions she attended. */
  readonly sessionsAttended: number;
}

/**
 * What the participant herself sees of her trajectory (issue #20, "De moeders hebben de
 * regie"): her goals and steps, her proposals, her rights check, what is recorded and
 * who sees it, her group's chosen topics, and her self-evaluation only when she wants
 * it. Everything else is left out by construction: the case manager's notes (on
 * contacts, goals, rights, reviews, the handover, a declined proposal), fidelity
 * signals, policy signals, and anything about other mothers.
 */
export interface HerView {
  /** Pseudonymous id of her trajectory. */
  readonly trajectoryId: string;
  /** Her goals, in plan order, in her own words. */
  readonly goals: readonly HerGoal[];
  /** Progress told as steps taken (never a score): steps done, of all steps. */
  readonly stepsTaken: { readonly done: number; readonly of: number };
  /** Her proposals, oldest first. */
  readonly proposals: readonly HerProposal[];
  /** Her rights check, in the order the rights were first looked at. */
  readonly rights: readonly HerRight[];
  /** The consent scopes in force: what is recorded, and who sees it. */
  readonly consentScopes: readonly ConsentScope[];
  /** Her group. */
  readonly group: HerGroup;
  /** Her t0 and t1 self-evaluation, only when `showSelfEvaluation` was asked for. */
  readonly selfEvaluation?: { readonly t0?: HerScores; readonly t1?: HerScores };
}

/** Options of {@link herView}. */
export interface HerViewOptions extends Pick<EvaluationOptions, "instruments" | "domains"> {
  /** Her group's log: the topics it chose. Other groups' events are ignored. */
  readonly groupEvents?: readonly GroupEvent[];
  /** Include her t0/t1 self-evaluation: only when she wants to see it. Default false. */
  readonly showSelfEvaluation?: boolean;
}

const STAGE: Readonly<Record<RightStatus, HerRight["stage"] | null>> = {
  unknown: "open",
  eligible: "found",
  granted: "found",
  applied: "applied",
  refused: "decided",
  "not-applicable": null,
};

/**
 * Her own view of her trajectory, derived from its replay (`replayHistory`): only events
 * the replay accepted count, so her page and her printed plan tell the same story as
 * the case manager's record. A proposal changes nothing until the case manager
 * confirms it; an answer that points at no proposal of hers is ignored. Pure.
 *
 * @example
 * ```ts
 * const history = replayHistory(herEvents, { groupSessions: attendance.get(id) });
 * const view = herView(history, { groupEvents, showSelfEvaluation: profile.wantsChart });
 * view.stepsTaken; // { done: 3, of: 7 }
 * ```
 */
export function herView(history: TrajectoryHistory, options: HerViewOptions = {}): HerView {
  const { context } = history.state;
  const trajectoryId = context.referral?.trajectoryId ?? "";
  const proposals = proposalsIn(history);
  const stepStatus = new Map<string, ProposalStatus>();
  for (const entry of proposals)
    if (entry.proposal.kind === "step-done") {
      const key = `${entry.proposal.goalId}#${entry.proposal.step}`;
      // A confirmation stands; a later waiting proposal of the same step shows as waiting.
      if (stepStatus.get(key) !== "confirmed") stepStatus.set(key, entry.status);
    }

  const goals: HerGoal[] = goalsIn(history).map((goal) => ({
    id: goal.id,
    domain: goal.domain,
    description: goal.description,
    status: goal.status ?? "open",
    steps: goal.steps.map((step, index) => {
      const answer = stepStatus.get(`${goal.id}#${index}`);
      const done = step.done === true || answer === "confirmed";
      return {
        index,
        description: step.description,
        who: step.who,
        ...(step.due === undefined ? {} : { due: step.due }),
        done,
        waiting: !done && answer === "waiting",
      };
    }),
  }));
  const allSteps = goals.flatMap((goal) => goal.steps);

  const rights: HerRight[] = [];
  for (const [right, status] of Object.entries(context.individual.rights) as [
    Right,
    RightStatus,
  ][]) {
    const stage = STAGE[status];
    if (stage !== null) rights.push({ right, status, stage });
  }

  const groupId = context.referral?.groupId;
  const chosenTopics: string[] = [];
  for (const event of effectiveGroupEvents(options.groupEvents ?? []).events)
    if (
      event.type === "group-topic.chosen" &&
      event.groupId === groupId &&
      !chosenTopics.includes(event.data.topic)
    )
      chosenTopics.push(event.data.topic);

  const view: HerView = {
    trajectoryId,
    goals,
    stepsTaken: { done: allSteps.filter((step) => step.done).length, of: allSteps.length },
    proposals,
    rights,
    consentScopes: [...context.consent.scopes],
    group: { chosenTopics, sessionsAttended: context.collective.sessionIds.length },
  };
  if (options.showSelfEvaluation !== true) return view;
  const events = history.inputs.filter((input): input is MethodTrajectoryEvent => "data" in input);
  const { scores } = summariseParticipant(
    events,
    {
      ...(options.instruments === undefined ? {} : { instruments: options.instruments }),
      ...(options.domains === undefined ? {} : { domains: options.domains }),
    },
    history,
  );
  return {
    ...view,
    selfEvaluation: {
      ...(scores.t0 === undefined ? {} : { t0: { domains: scores.t0.domains } }),
      ...(scores.t1 === undefined ? {} : { t1: { domains: scores.t1.domains } }),
    },
  };
}

/** A step she may still mark done, with the goal it belongs to. */
export interface OpenStep {
  /** Her goal (open or in progress). */
  readonly goal: HerGoal;
  /** The step: not done, and not already marked done and waiting for an answer. */
  readonly step: HerStep;
}

/**
 * The steps she may still mark done (on her page or on paper): those of her goals that
 * are open or in progress, neither done nor waiting for the case manager's answer, in
 * plan order. A goal achieved or put aside offers none. Pure.
 *
 * @example
 * ```ts
 * for (const { goal, step } of openSteps(herView(history)))
 *   choices.push({ value: `${goal.id}#${step.index}`, label: step.description });
 * ```
 */
export function openSteps(view: Pick<HerView, "goals">): OpenStep[] {
  return view.goals
    .filter((goal) => goal.status === "open" || goal.status === "in-progress")
    .flatMap((goal) =>
      goal.steps.filter((step) => !step.done && !step.waiting).map((step) => ({ goal, step })),
    );
}

/**
 * Her proposals with the case manager's answers, oldest first: the first answer to a
 * proposal stands; answers to no proposal of hers are ignored. Pure.
 */
export function proposalsIn(history: Pick<TrajectoryHistory, "inputs">): HerProposal[] {
  const answers = new Map<string, ProposalStatus>();
  for (const input of history.inputs) {
    if (input.type !== "proposal.confirmed" && input.type !== "proposal.declined") continue;
    const answer = input as TrajectoryEventOf<"proposal.confirmed" | "proposal.declined">;
    if (!answers.has(answer.data.proposalId))
      answers.set(
        answer.data.proposalId,
        answer.type === "proposal.confirmed" ? "confirmed" : "declined",
      );
  }
  return acceptedEvents(history, "proposal.made").map((event) => {
    const { via, ...proposal } = event.data;
    return {
      id: event.id,
      at: event.at,
      via,
      status: answers.get(event.id) ?? "waiting",
      proposal:
        proposal.kind === "group-topic"
          ? { kind: "group-topic", topic: proposal.topic }
          : { kind: "step-done", goalId: proposal.goalId, step: proposal.step },
    };
  });
}
