import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { dueActions } from "./due-actions";
import { replay } from "./replay";

const stateOf = (b: TrajectoryBuilder) => replay(b.events).state;
const codes = (actions: ReturnType<typeof dueActions>) =>
  actions.map((a) => [a.code, a.due, a.overdue]);

describe("due actions", () => {
  it("list the baseline and the plan, six weeks after intake", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held", {}, "2025-09-10");
    expect(codes(dueActions(stateOf(b), "2025-09-15"))).toEqual([
      ["baseline-measurement", "2025-10-22", false],
      ["personal-plan", "2025-10-22", false],
    ]);
    const late = dueActions(stateOf(b), "2025-10-25T09:00:00+02:00");
    expect(late.every((a) => a.overdue && a.daysLeft === -3)).toBe(true);
  });

  it("list an individual contact 14 days after the last one, overdue after that", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("contact.held", {}, "2025-10-01");
    const [contact] = dueActions(stateOf(b), "2025-10-20");
    expect(contact).toMatchObject({
      code: "individual-contact",
      due: "2025-10-15",
      overdue: true,
      daysLeft: -5,
      step: { type: "contact.held" },
    });
    expect(contact?.label.nl).toBe("Individueel contact");
  });

  it("push a deadline back by the length of a pause, and list nothing while paused", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("contact.held", {}, "2025-10-01");
    b.add("trajectory.paused", {}, "2025-10-05");
    expect(dueActions(stateOf(b), "2025-10-20")).toEqual([]);
    b.add("trajectory.resumed", {}, "2025-11-04");
    expect(dueActions(stateOf(b), "2025-11-05")[0]).toMatchObject({
      code: "individual-contact",
      due: "2025-11-14",
    });
  });

  it("announce the end measurement four weeks before the planned end", () => {
    const b = new TrajectoryBuilder().toActive(); // enrolled on 2025-09-03
    b.add("contact.held", {}, "2026-06-10");
    const settings = { trajectoryLengthMonths: 10 };
    expect(dueActions(stateOf(b), "2026-06-01", settings).map((a) => a.code)).toEqual([
      "individual-contact",
    ]);
    expect(dueActions(stateOf(b), "2026-06-12", settings).map((a) => [a.code, a.due])).toEqual(
      [
        ["end-measurement", "2026-07-03"],
        ["individual-contact", "2026-06-24"],
      ].sort((x, y) => (x[1]! < y[1]! ? -1 : 1)),
    );
  });

  it("follow the closing steps, evaluation then handover, and leave the one-year follow-up to researchers", () => {
    const b = new TrajectoryBuilder().toActive();
    b.measure("t1", "2026-06-01");
    expect(codes(dueActions(stateOf(b), "2026-06-02"))).toEqual([
      ["evaluation", "2026-06-29", false],
    ]);
    b.add("evaluation.held", {}, "2026-06-10");
    expect(codes(dueActions(stateOf(b), "2026-06-11"))).toEqual([
      ["handover", "2026-07-08", false],
    ]);
    b.add("handover.done", {}, "2026-06-20");
    expect(dueActions(stateOf(b), "2026-07-01")).toEqual([]);
    // A year later the follow-up is the researchers' (see researchFollowUp), not hers.
    expect(dueActions(stateOf(b), "2027-06-01")).toEqual([]);
    expect(dueActions(stateOf(b), "2027-07-01")).toEqual([]);
  });

  it("list nothing before enrolment or once closed, and refuse a `now` that is not a date", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    expect(dueActions(stateOf(b), "2025-09-02")).toEqual([]);
    b.close("moved");
    expect(dueActions(stateOf(b), "2025-09-02")).toEqual([]);
    expect(() => dueActions(stateOf(b), "tomorrow")).toThrow(/YYYY-MM-DD/);
  });
});
