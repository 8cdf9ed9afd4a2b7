import { exampleCohort, ProjectSettings } from "@miriam/schemas";
import { afterEach, describe, expect, it } from "vitest";
import { fastPathCounts, fastPathIsOn, resetFastPathCounts, setFastPath } from "./_transition";
import { replayProgramme } from "./programme";
import { persist } from "./snapshot";

// The replay's fast path (`_transition.ts`) remembers what XState did and leans on its
// internals; these tests prove it is taken, and that switching it off changes nothing but
// the speed. The replay's own tests also run with it off (vitest project
// `trajectory-xstate-only`).

const cohort = exampleCohort();
const input = {
  trajectoryEvents: cohort.trajectoryEvents,
  groupEvents: cohort.groupEvents,
  settings: ProjectSettings.parse(cohort.settings),
};

/** Everything a replay of the programme gives, as plain data to compare. */
function result(programme: ReturnType<typeof replayProgramme>) {
  return {
    trajectories: [...programme.trajectories].map(([id, { state, refused, accepted }]) => ({
      id,
      state: persist(state),
      status: state.status,
      refused,
      accepted,
    })),
    groups: [...programme.groups],
    refused: programme.refused,
    signals: programme.signals,
  };
}

function replayed(fastPath: boolean) {
  const was = fastPathIsOn();
  setFastPath(fastPath);
  resetFastPathCounts();
  try {
    const programme = replayProgramme(input);
    return { programme, counts: fastPathCounts() };
  } finally {
    setFastPath(was);
  }
}

afterEach(() => setFastPath(true));

describe("the replay's fast path", () => {
  it("is on by default", () => {
    expect(fastPathIsOn()).toBe(true);
  });

  it("is taken for nearly every event of the example cohort, the first time", () => {
    const { programme, counts } = replayed(true);
    const accepted = [...programme.trajectories.values()].reduce((n, t) => n + t.accepted, 0);
    expect(accepted).toBeGreaterThan(500);
    expect(counts.hits + counts.misses).toBe(accepted);
    // XState is asked once per configuration and kind of event, then never again.
    expect(counts.hits / accepted).toBeGreaterThan(0.9);
  });

  it("is taken for every event of the example cohort, once it has seen the cohort", () => {
    replayed(true);
    const { programme, counts } = replayed(true);
    const accepted = [...programme.trajectories.values()].reduce((n, t) => n + t.accepted, 0);
    expect(counts).toEqual({ hits: accepted, misses: 0 });
  });

  it("when off, sends every event through XState", () => {
    const { programme, counts } = replayed(false);
    const accepted = [...programme.trajectories.values()].reduce((n, t) => n + t.accepted, 0);
    expect(counts).toEqual({ hits: 0, misses: accepted });
  });

  it("gives the same replay of the example cohort on and off", () => {
    const off = result(replayed(false).programme);
    const on = result(replayed(true).programme);
    expect(on.trajectories.length).toBe(
      new Set(cohort.trajectoryEvents.map((e) => e.trajectoryId)).size,
    );
    expect(JSON.stringify(on)).toBe(JSON.stringify(off));
  });
});
