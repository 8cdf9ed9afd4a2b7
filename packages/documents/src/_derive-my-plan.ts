import { herView } from "@miriam/evaluation";
import type { MyPlanExtras, TrajectorySource } from "./_derive";
import type { MyPlanData } from "./templates/my-plan";

export type { MyPlanExtras } from "./_derive";

/** "My plan"'s data: `herView` of @miriam/evaluation, worded by the template. Pure. */
export function myPlanData(
  source: TrajectorySource & { readonly myPlan?: MyPlanExtras },
): MyPlanData {
  const extras = source.myPlan ?? {};
  const view = herView(source.history, {
    ...(source.groupEvents === undefined ? {} : { groupEvents: source.groupEvents }),
    ...(source.instruments === undefined ? {} : { instruments: source.instruments }),
    showSelfEvaluation: extras.showSelfEvaluation === true,
  });
  const scores = view.selfEvaluation;
  return {
    participant: { givenName: source.profile.givenName },
    ...(extras.printedOn === undefined ? {} : { printedOn: extras.printedOn }),
    ...(extras.caseManager === undefined ? {} : { caseManager: extras.caseManager }),
    goals: view.goals.map((goal) => ({
      domain: goal.domain,
      description: goal.description,
      status: goal.status,
      steps: goal.steps.map((step) => ({
        description: step.description,
        who: step.who,
        ...(step.due === undefined ? {} : { due: step.due }),
        done: step.done,
        ...(step.waiting ? { waiting: true } : {}),
      })),
    })),
    stepsTaken: view.stepsTaken,
    ...(scores === undefined
      ? {}
      : {
          selfEvaluation: {
            ...(scores.t0 === undefined ? {} : { t0: { ...scores.t0.domains } }),
            ...(scores.t1 === undefined ? {} : { t1: { ...scores.t1.domains } }),
          },
        }),
    ...(extras.comingSessions === undefined ? {} : { comingSessions: extras.comingSessions }),
    chosenTopics: [...view.group.chosenTopics],
    proposedTopics: view.proposals.flatMap((entry) =>
      entry.proposal.kind === "group-topic"
        ? [{ topic: entry.proposal.topic, status: entry.status }]
        : [],
    ),
    rights: view.rights.map((right) => ({ ...right })),
    consentScopes: [...view.consentScopes],
    ...(extras.privacyContact === undefined ? {} : { privacyContact: extras.privacyContact }),
  };
}
