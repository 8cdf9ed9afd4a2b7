import {
  type GroupEvent,
  groupEvent,
  type TrajectoryEvent,
  type TrajectoryEventType,
  trajectoryEvent,
} from "@miriam/schemas";
import { replayHistory } from "@miriam/trajectory";
import { describe, expect, it } from "vitest";
import { herView, openSteps } from "./her-view";

const ID = "her-01";
const CM = "cm-01";
let day = 0;
function ev<T extends TrajectoryEventType>(
  type: T,
  data: Parameters<typeof trajectoryEvent<T>>[1]["data"],
  trajectoryId = ID,
  id?: string,
): TrajectoryEvent {
  day += 1;
  const at = `2026-10-${String(day).padStart(2, "0")}T10:00:00+02:00`;
  return trajectoryEvent(type, { trajectoryId, by: CM, at, data, ...(id ? { id } : {}) });
}
const t0 = (answers: Record<string, number>) =>
  ({
    timepoint: "t0",
    instrument: { id: "miriam-self-evaluation", version: 1 },
    answers,
  }) as const;

// Words that only the case manager or other mothers may read: each must be absent.
const SECRET_CONTACT_NOTE = "Contactnotitie-van-de-casemanager";
const SECRET_GOAL_NOTE = "Doelnotitie-casemanager";
const SECRET_RIGHT_NOTE = "Rechtnotitie-casemanager";
const SECRET_DECLINE_NOTE = "Weigeringsnotitie-casemanager";
const SECRET_SIGNAL = "Beleidssignaal-observatie";
const OTHER_MOTHER = "other-02";
const OTHER_TOPIC = "Onderwerp-van-een-andere-moeder";

function herLog(): TrajectoryEvent[] {
  day = 0;
  return [
    ev("trajectory.referred", {
      projectId: "p-1",
      groupId: "g-1",
      referredBy: "mw-01",
      eligibility: { singleMother: true, services: ["living-wage"] },
    }),
    ev("information-talk.held", { decision: "interested" }),
    ev("consent.given", { scopes: ["processing", "her-page"] }),
    ev("intake.held", {
      location: "home",
      household: { childrenBirthYears: [2022] },
      situation: [{ domain: "housing", wantsToWorkOnIt: true, note: "intake note" }],
    }),
    ev("measurement.recorded", t0({ "satisfaction-housing": 3 })),
    ev("plan.agreed", {
      goals: [
        {
          id: "goal-1",
          domain: "housing",
          description: "Een betere woning vinden",
          owner: "participant",
          steps: [
            { description: "Inschrijven bij de sociale huisvesting", who: "participant" },
            { description: "Huurpremie navragen", who: "case-manager", due: "2026-12-01" },
            { description: "Bezoek aan het woonloket", who: "together", done: true },
          ],
        },
      ],
    }),
    ev("contact.held", {
      mode: "home",
      domains: ["housing"],
      minutes: 45,
      note: SECRET_CONTACT_NOTE,
    }),
    ev("goal.updated", { goalId: "goal-1", status: "in-progress", note: SECRET_GOAL_NOTE }),
    ev("right.updated", {
      right: "maintenance-advance",
      status: "applied",
      note: SECRET_RIGHT_NOTE,
    }),
    ev("right.updated", { right: "increased-reimbursement", status: "eligible" }),
    ev("signal.raised", { domain: "housing", observation: SECRET_SIGNAL }),
    ev(
      "proposal.made",
      { kind: "step-done", goalId: "goal-1", step: 0, via: "her-page" },
      ID,
      "p-step",
    ),
    ev(
      "proposal.made",
      { kind: "group-topic", topic: "Budget en sparen", via: "paper" },
      ID,
      "p-topic",
    ),
    ev(
      "proposal.made",
      { kind: "group-topic", topic: "Iets anders", via: "her-page" },
      ID,
      "p-other",
    ),
    ev("proposal.confirmed", { proposalId: "p-topic" }),
    ev("proposal.declined", { proposalId: "p-other", note: SECRET_DECLINE_NOTE }),
  ];
}

function groupLog(): GroupEvent[] {
  const at = "2026-10-20T14:00:00+02:00";
  return [
    groupEvent("group-topic.chosen", {
      groupId: "g-1",
      by: CM,
      at,
      data: { topic: "Budget en sparen" },
    }),
    groupEvent("group-topic.chosen", { groupId: "g-2", by: CM, at, data: { topic: OTHER_TOPIC } }),
    groupEvent("group-session.held", {
      groupId: "g-1",
      by: CM,
      at,
      data: {
        date: "2026-10-20",
        minutes: 120,
        topic: "Kennismaking",
        withChildren: false,
        attendees: [ID, OTHER_MOTHER],
      },
    }),
  ];
}

describe("herView", () => {
  it("shows her goals in her words, with steps by owner and progress as steps taken", () => {
    const view = herView(replayHistory(herLog()), { groupEvents: groupLog() });
    expect(view.goals.map((g) => g.description)).toEqual(["Een betere woning vinden"]);
    const steps = view.goals[0]!.steps;
    expect(steps.map((s) => s.who)).toEqual(["participant", "case-manager", "together"]);
    expect(steps.map((s) => s.done)).toEqual([false, false, true]);
    expect(steps[0]!.waiting).toBe(true);
    expect(view.stepsTaken).toEqual({ done: 1, of: 3 });
  });

  it("marks a step done only once the case manager confirms her proposal", () => {
    const events = [...herLog(), ev("proposal.confirmed", { proposalId: "p-step" })];
    const view = herView(replayHistory(events));
    expect(view.goals[0]!.steps[0]).toMatchObject({ done: true, waiting: false });
    expect(view.stepsTaken).toEqual({ done: 2, of: 3 });
  });

  it("lists her proposals with the case manager's answer, the first answer standing", () => {
    const events = [...herLog(), ev("proposal.confirmed", { proposalId: "p-other" })];
    const view = herView(replayHistory(events));
    expect(view.proposals.map((p) => [p.id, p.status])).toEqual([
      ["p-step", "waiting"],
      ["p-topic", "confirmed"],
      ["p-other", "declined"],
    ]);
  });

  it("sorts her rights check into found, applied and open", () => {
    const view = herView(replayHistory(herLog()));
    expect(view.rights).toEqual([
      { right: "maintenance-advance", status: "applied", stage: "applied" },
      { right: "increased-reimbursement", status: "eligible", stage: "found" },
    ]);
    expect(view.consentScopes).toEqual(["processing", "her-page"]);
  });

  it("leaves out case-manager notes, policy signals and fidelity signals", () => {
    const text = JSON.stringify(
      herView(replayHistory(herLog()), { groupEvents: groupLog(), showSelfEvaluation: true }),
    );
    for (const secret of [
      SECRET_CONTACT_NOTE,
      SECRET_GOAL_NOTE,
      SECRET_RIGHT_NOTE,
      SECRET_DECLINE_NOTE,
      SECRET_SIGNAL,
      "intake note",
    ])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/fidelity|signal/i);
  });

  it("leaves out other mothers and other groups", () => {
    const text = JSON.stringify(herView(replayHistory(herLog()), { groupEvents: groupLog() }));
    expect(text).not.toContain(OTHER_MOTHER);
    expect(text).not.toContain(OTHER_TOPIC);
    const view = herView(replayHistory(herLog()), { groupEvents: groupLog() });
    expect(view.group.chosenTopics).toEqual(["Budget en sparen"]);
  });

  it("gives her self-evaluation only when she wants to see it", () => {
    const history = replayHistory(herLog());
    expect(herView(history).selfEvaluation).toBeUndefined();
    const shown = herView(history, { showSelfEvaluation: true });
    expect(shown.selfEvaluation?.t0?.domains.housing).toBe(3);
    expect(shown.selfEvaluation?.t1).toBeUndefined();
  });
});

describe("openSteps", () => {
  const offered = (events: TrajectoryEvent[]) =>
    openSteps(herView(replayHistory(events))).map(({ goal, step }) => `${goal.id}#${step.index}`);

  it("offers the steps neither done nor waiting for an answer", () => {
    // Step 0 waits for an answer, step 2 was done in the plan's words.
    expect(offered(herLog())).toEqual(["goal-1#1"]);
  });

  it("offers a step again once her proposal was declined, and not once it was confirmed", () => {
    expect(offered([...herLog(), ev("proposal.declined", { proposalId: "p-step" })])).toEqual([
      "goal-1#0",
      "goal-1#1",
    ]);
    expect(offered([...herLog(), ev("proposal.confirmed", { proposalId: "p-step" })])).toEqual([
      "goal-1#1",
    ]);
  });

  it("offers no step of a goal achieved or put aside", () => {
    for (const status of ["achieved", "dropped"] as const)
      expect(offered([...herLog(), ev("goal.updated", { goalId: "goal-1", status })])).toEqual([]);
  });
});
