import { describe, expect, it } from "vitest";
import { stateNames } from "./state-names";

describe("stateNames", () => {
  it("names a top-level state by itself", () => {
    expect(stateNames({ value: "closed" })).toEqual(["closed"]);
  });

  it("names each active leaf of parallel regions as a sorted dotted path", () => {
    const value = {
      enrolled: {
        running: {
          active: { individual: "contacting", collective: "attending" },
        },
      },
    };
    expect(stateNames({ value } as never)).toEqual([
      "enrolled.running.active.collective.attending",
      "enrolled.running.active.individual.contacting",
    ]);
  });
});
