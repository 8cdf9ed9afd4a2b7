import { type InstrumentDefinition, labels, selfEvaluationInstrument } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { scoreMeasurement } from "./scoring";

const t = labels("x", "x", "x", "x");

/** A small instrument on a 1–5 scale with one reverse-coded item and a t1-only item. */
const instrument: InstrumentDefinition = {
  id: "test-scale",
  version: 2,
  title: t,
  validated: false,
  scale: { min: 1, max: 5 },
  items: [
    { id: "h1", text: t, measures: "domain-satisfaction", domain: "housing", response: "scale" },
    {
      id: "h2",
      text: t,
      measures: "domain-satisfaction",
      domain: "housing",
      response: "scale",
      reverse: true,
    },
    { id: "h3", text: t, measures: "domain-satisfaction", domain: "housing", response: "yes-no" },
    { id: "e1", text: t, measures: "other", response: "scale" },
    { id: "e2", text: t, measures: "other", response: "scale" },
    { id: "e3", text: t, measures: "other", response: "scale", timepoints: ["t1"] },
    {
      id: "better",
      text: t,
      measures: "overall-improvement",
      response: "yes-no",
      timepoints: ["t1"],
    },
  ],
  scoring: { method: "mean", minAnswered: 0.6 },
};

describe("scoreMeasurement", () => {
  it("reverse-codes, maps yes/no onto the scale and takes the mean", () => {
    // h1 = 4; h2 = 2 reversed on 1..5 is 1 + 5 - 2 = 4; h3 yes = 5 (the scale's max).
    const scores = scoreMeasurement(instrument, "t0", { h1: 4, h2: 2, h3: 1 });
    expect(scores.domains.housing).toBeCloseTo((4 + 4 + 5) / 3);
  });

  it("leaves a score out when fewer than minAnswered of its items were answered", () => {
    // 1 of 3 housing items = 0.33 < 0.6; 2 of 3 = 0.67 is enough.
    expect(scoreMeasurement(instrument, "t0", { h1: 4 }).domains.housing).toBeNull();
    expect(scoreMeasurement(instrument, "t0", { h1: 4, h2: null }).domains.housing).toBeNull();
    expect(scoreMeasurement(instrument, "t0", { h1: 4, h3: 0 }).domains.housing).toBeCloseTo(
      (4 + 1) / 2,
    );
  });

  it("counts only the items asked at the timepoint", () => {
    // At t0 the "other" score has 2 items (e3 is t1-only): 1 of 2 = 0.5 < 0.6.
    expect(scoreMeasurement(instrument, "t0", { e1: 3 }).other).toBeNull();
    expect(scoreMeasurement(instrument, "t0", { e1: 3, e2: 5 }).other).toBe(4);
    // At t1 there are 3 items: 2 of 3 answered is enough.
    expect(scoreMeasurement(instrument, "t1", { e1: 3, e3: 4 }).other).toBe(3.5);
    const t0 = scoreMeasurement(instrument, "t0", { better: 1 });
    expect(t0.overallImprovement).toBeNull();
    expect(t0.problems).toEqual([{ item: "better", problem: "not-asked-at-timepoint" }]);
    expect(t0.asked).toBe(5);
    expect(scoreMeasurement(instrument, "t1", {}).asked).toBe(7);
  });

  it("prorates a sum over missing items so t0 and t1 stay comparable", () => {
    const sum = { ...instrument, scoring: { method: "sum" as const, minAnswered: 0.5 } };
    expect(scoreMeasurement(sum, "t0", { e1: 3, e2: 5 }).other).toBe(8);
    // Only e1 answered: 3 of 1 item, scaled to the 2 items asked.
    expect(scoreMeasurement(sum, "t0", { e1: 3 }).other).toBe(6);
  });

  it("reads the overall-improvement item as yes (1) or no (0)", () => {
    expect(scoreMeasurement(instrument, "t1", { better: 1 }).overallImprovement).toBe(true);
    expect(scoreMeasurement(instrument, "t1", { better: 0 }).overallImprovement).toBe(false);
    expect(scoreMeasurement(instrument, "t1", { better: null }).overallImprovement).toBeNull();
  });

  it("lists answers off the scale and unknown items, and leaves them out", () => {
    const scores = scoreMeasurement(instrument, "t1", { h1: 9, h3: 2, e1: 4, x: 3, better: 0.5 });
    expect(scores.problems).toEqual(
      expect.arrayContaining([
        { item: "x", problem: "unknown-item" },
        { item: "h1", problem: "out-of-scale" },
        { item: "h3", problem: "not-yes-no" },
        { item: "better", problem: "not-yes-no" },
      ]),
    );
    expect(scores.domains.housing).toBeNull();
    expect(scores.answered).toBe(1);
  });

  it("scores the kit's self-evaluation: social network includes the reverse-coded item", () => {
    const scores = scoreMeasurement(selfEvaluationInstrument, "t1", {
      "satisfaction-social-network": 6,
      "alone-with-worries": 8,
      "satisfaction-housing": 7,
      "self-reliance": 5,
      "overall-improvement": 1,
    });
    // 8 on "how often alone with worries" is 10 - 8 = 2 on satisfaction; mean (6 + 2) / 2.
    expect(scores.domains["social-network"]).toBe(4);
    expect(scores.domains.housing).toBe(7);
    expect(scores.domains.finances).toBeNull();
    expect(scores.selfReliance).toBe(5);
    expect(scores.overallImprovement).toBe(true);
    expect(scores.other).toBeNull();
  });
});
