import type { Timepoint } from "@miriam/schemas";
import { assign, type SnapshotFrom, setup } from "xstate";
import { obeys } from "./_check";
import { recorded } from "./_record";
import { emptyContext, type TrajectoryContext } from "./context";
import { type HardRule, hardRules, ruleById } from "./rules";
import { stepOf, type TrajectoryInput } from "./step";

/** The id of the MIRIAM trajectory statechart; persisted snapshots carry it. */
export const MACHINE_ID = "miriam-trajectory";

/**
 * The version of the statechart's shape (states and context). Persisted snapshots carry
 * it; bump it, and add a migration, whenever a stored snapshot would no longer fit.
 */
export const MACHINE_VERSION = 1;

// The chart's actions, one per input type, all built from the same recorders: the name
// says what is recorded, the recorder how (see `_record.ts`).
function record<T extends TrajectoryInput["type"]>(type: T) {
  return assign<TrajectoryContext, TrajectoryInput, undefined, TrajectoryInput, never>(
    ({ context, event }) => {
      if (event.type !== type) throw new TypeError(`Action for ${type} received ${event.type}.`);
      return recorded(context, event);
    },
  );
}

/**
 * The action that records each input type. Every transition taken on an input runs this
 * action and no other (a test checks the chart), which lets the replay skip XState's
 * machinery for transitions that stay in the same state.
 */
export const RECORD_ACTION = {
  "trajectory.referred": "recordReferral",
  "information-talk.held": "recordInformationTalk",
  "consent.given": "recordConsent",
  "consent.withdrawn": "recordWithdrawal",
  "intake.held": "recordIntake",
  "measurement.recorded": "recordMeasurement",
  "plan.agreed": "recordPlan",
  "goal.added": "recordGoal",
  "goal.updated": "recordGoalUpdate",
  "contact.held": "recordContact",
  "referral.made": "recordPartnerReferral",
  "right.updated": "recordRight",
  "trajectory.paused": "recordPause",
  "trajectory.resumed": "recordResume",
  "review.held": "recordReview",
  "evaluation.held": "recordEvaluation",
  "handover.done": "recordHandover",
  "follow-up.held": "recordFollowUp",
  "trajectory.closed": "recordClosing",
  "signal.raised": "recordSignal",
  "group-session.attended": "recordAttendance",
  "proposal.made": "recordProposal",
  "proposal.confirmed": "recordProposalAnswer",
  "proposal.declined": "recordProposalAnswer",
} as const satisfies Record<TrajectoryInput["type"], string>;

const closingRules = (hardRules as readonly HardRule[]).filter(
  (rule) => !rule.gate && rule.appliesTo !== "*" && rule.appliesTo.includes("trajectory.closed"),
);
const enrolmentRule = [ruleById("enrolment-needs-processing-consent")];
const goalIdRule = [ruleById("goal-id-unique")];
const goalExistsRule = [ruleById("goal-exists")];

/**
 * The MIRIAM trajectory (METHODOLOGY.md §3) as an XState v5 statechart. It is pure: no
 * timers, clock or side effects; every action is an `assign` of what an event established.
 * Drive it with XState's pure `transition()`, or with {@link replay} and `applyEvent`,
 * which check the hard rules first and explain refusals.
 *
 * The chart says where an accepted event leads; the hard rules (`hardRules`) say which
 * events are accepted. Guards that depend on event data call the rules themselves, and a
 * test walks every state of the chart with every kind of step to prove the two agree.
 */
export const trajectoryMachine = setup({
  types: {
    context: {} as TrajectoryContext,
    events: {} as TrajectoryInput,
  },
  guards: {
    coversProcessing: ({ context, event }) => obeys(enrolmentRule, context, stepOf(event)),
    withdrawsProcessing: ({ event }) =>
      event.type === "consent.withdrawn" && event.data.scopes.includes("processing"),
    isTimepoint: ({ event }, params: { timepoint: Timepoint }) =>
      event.type === "measurement.recorded" && event.data.timepoint === params.timepoint,
    closingOutcomeFits: ({ context, event }) => obeys(closingRules, context, stepOf(event)),
    goalIdIsNew: ({ context, event }) => obeys(goalIdRule, context, stepOf(event)),
    goalExists: ({ context, event }) => obeys(goalExistsRule, context, stepOf(event)),
  },
  actions: {
    recordReferral: record("trajectory.referred"),
    recordInformationTalk: record("information-talk.held"),
    recordConsent: record("consent.given"),
    recordWithdrawal: record("consent.withdrawn"),
    recordIntake: record("intake.held"),
    recordMeasurement: record("measurement.recorded"),
    recordPlan: record("plan.agreed"),
    recordGoal: record("goal.added"),
    recordGoalUpdate: record("goal.updated"),
    recordContact: record("contact.held"),
    recordPartnerReferral: record("referral.made"),
    recordRight: record("right.updated"),
    recordPause: record("trajectory.paused"),
    recordResume: record("trajectory.resumed"),
    recordReview: record("review.held"),
    recordEvaluation: record("evaluation.held"),
    recordHandover: record("handover.done"),
    recordFollowUp: record("follow-up.held"),
    recordClosing: record("trajectory.closed"),
    recordSignal: record("signal.raised"),
    recordAttendance: record("group-session.attended"),
    recordProposal: record("proposal.made"),
    recordProposalAnswer: assign<
      TrajectoryContext,
      TrajectoryInput,
      undefined,
      TrajectoryInput,
      never
    >(({ context, event }) => {
      if (event.type !== "proposal.confirmed" && event.type !== "proposal.declined")
        throw new TypeError(`Action for a proposal's answer received ${event.type}.`);
      return recorded(context, event);
    }),
  },
}).createMachine({
  id: MACHINE_ID,
  context: emptyContext,
  initial: "new",
  states: {
    new: {
      description: "Nothing recorded yet.",
      on: { "trajectory.referred": { target: "prospect", actions: "recordReferral" } },
    },
    prospect: {
      description: "Referred; she has not enrolled (no consent to processing yet).",
      initial: "referred",
      on: {
        "information-talk.held": { target: ".informed", actions: "recordInformationTalk" },
        "consent.given": {
          guard: "coversProcessing",
          target: "enrolled",
          actions: "recordConsent",
        },
        "trajectory.closed": {
          guard: "closingOutcomeFits",
          target: "closed",
          actions: "recordClosing",
        },
        "signal.raised": { actions: "recordSignal" },
      },
      states: {
        referred: { description: "Referral phase: the information talk is to come." },
        informed: { description: "Information talk held: her decision is to come." },
      },
    },
    enrolled: {
      description: "She consented to processing: the trajectory runs or is paused.",
      initial: "running",
      on: {
        "consent.withdrawn": [
          { guard: "withdrawsProcessing", target: "withdrawn", actions: "recordWithdrawal" },
          { actions: "recordWithdrawal" },
        ],
        "trajectory.closed": {
          guard: "closingOutcomeFits",
          target: "closed",
          actions: "recordClosing",
        },
      },
      states: {
        running: {
          initial: "intake",
          on: {
            "trajectory.paused": { target: "paused", actions: "recordPause" },
            "consent.given": { actions: "recordConsent" },
            "contact.held": { actions: "recordContact" },
            "referral.made": { actions: "recordPartnerReferral" },
            "right.updated": { actions: "recordRight" },
            "signal.raised": { actions: "recordSignal" },
            "group-session.attended": { actions: "recordAttendance" },
          },
          states: {
            intake: {
              description: "Intake phase: the intake talk is to come.",
              on: { "intake.held": { target: "baseline", actions: "recordIntake" } },
            },
            baseline: {
              description: "Baseline phase: the baseline measurement (t0) is to come.",
              on: {
                "measurement.recorded": {
                  guard: { type: "isTimepoint", params: { timepoint: "t0" } },
                  target: "personalPlan",
                  actions: "recordMeasurement",
                },
              },
            },
            personalPlan: {
              description: "Personal-plan phase: she sets her goals.",
              on: { "plan.agreed": { target: "withPlan", actions: "recordPlan" } },
            },
            withPlan: {
              description: "The plan is agreed: goals are revised until the end.",
              initial: "active",
              on: {
                "goal.added": { guard: "goalIdIsNew", actions: "recordGoal" },
                "goal.updated": { guard: "goalExists", actions: "recordGoalUpdate" },
                "proposal.made": { actions: "recordProposal" },
                "proposal.confirmed": { actions: "recordProposalAnswer" },
                "proposal.declined": { actions: "recordProposalAnswer" },
              },
              states: {
                active: {
                  description:
                    "Active phase: the individual and collective tracks run in parallel; the end measurement (t1) closes it.",
                  type: "parallel",
                  on: {
                    "measurement.recorded": [
                      {
                        guard: { type: "isTimepoint", params: { timepoint: "t1" } },
                        target: "evaluation",
                        actions: "recordMeasurement",
                      },
                      {
                        guard: { type: "isTimepoint", params: { timepoint: "mid" } },
                        actions: "recordMeasurement",
                      },
                    ],
                  },
                  states: {
                    individual: {
                      description: "Individual track: contacts, referrals, rights, reviews.",
                      initial: "beforeReview",
                      states: {
                        beforeReview: {
                          on: { "review.held": { target: "reviewed", actions: "recordReview" } },
                        },
                        reviewed: {
                          description: "The optional mid-term review was held.",
                          on: { "review.held": { actions: "recordReview" } },
                        },
                      },
                    },
                    collective: {
                      description: "Collective track: group sessions (from the group's log).",
                      initial: "awaitingFirstSession",
                      states: {
                        awaitingFirstSession: {
                          on: {
                            "group-session.attended": {
                              target: "attending",
                              actions: "recordAttendance",
                            },
                          },
                        },
                        attending: { description: "She has attended a group session." },
                      },
                    },
                  },
                },
                evaluation: {
                  description: "End measurement recorded: the evaluation talk is to come.",
                  on: { "evaluation.held": { target: "handover", actions: "recordEvaluation" } },
                },
                handover: {
                  description: "Evaluation held: the handover is to come.",
                  on: { "handover.done": { target: "followUp", actions: "recordHandover" } },
                },
                followUp: {
                  description: "Handed over: optional follow-up, then closing.",
                  on: {
                    "follow-up.held": { actions: "recordFollowUp" },
                    "measurement.recorded": {
                      guard: { type: "isTimepoint", params: { timepoint: "follow-up" } },
                      actions: "recordMeasurement",
                    },
                  },
                },
              },
            },
            history: {
              description: "Where she was when the trajectory was paused.",
              type: "history",
              history: "deep",
            },
          },
        },
        paused: {
          description: "Paused (illness, birth, crisis...): only resuming, withdrawal or closing.",
          on: {
            "trajectory.resumed": { target: "running.history", actions: "recordResume" },
          },
        },
      },
    },
    withdrawn: {
      description: "Consent to processing withdrawn: only closing.",
      on: {
        "trajectory.closed": {
          guard: "closingOutcomeFits",
          target: "closed",
          actions: "recordClosing",
        },
      },
    },
    closed: {
      description: "Closed with an outcome.",
      type: "final",
    },
  },
});

/** A snapshot of the trajectory statechart: its state value and context. */
export type TrajectoryState = SnapshotFrom<typeof trajectoryMachine>;
