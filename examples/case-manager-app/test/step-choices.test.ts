import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readStepChoice, stepChoice } from "../src/web/her-page/step-choices";

// The value of a step she may mark done travels through a form and back: the goal's id
// and the step's place must come back as they went, and a broken value must point at none.

describe("a step's choice in a form", () => {
  it("reads back the goal and the step it was made from", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,30}$/), fc.nat(50), (goalId, index) => {
        const open = {
          goal: { id: goalId, domain: "housing", description: "", status: "open", steps: [] },
          step: { index, description: "", who: "participant", done: false, waiting: false },
        } as const;
        expect(readStepChoice(stepChoice(open))).toEqual({ goalId, step: index });
      }),
    );
  });

  it("points at no goal when the choice is empty or broken", () => {
    for (const broken of ["", "g1", "g1#", "#0", "g1#x", "g1#-1"])
      expect(readStepChoice(broken).goalId).toBe("");
  });
});
