import { describe, expect, it } from "vitest";
import { FORMAT_VERSION } from "../registry";
import { TrajectoryEvent } from "../schemas/events";
import { LANGUAGES } from "../vocabulary/_define";
import { dropOutReasons, positiveExitReasons, retiredDropOutReasons } from "../vocabulary/statuses";
import { eventMigrations, upcastTrajectoryEvent } from "./event-migrations";
import { exportLayout } from "./export-layout";

const closing = (data: object) =>
  TrajectoryEvent.parse({
    id: "t-01.040",
    trajectoryId: "t-01",
    type: "trajectory.closed",
    at: "2026-03-16T14:00:00+01:00",
    by: "cm-01",
    data,
  });

describe("reading older logs", () => {
  it("keeps an older drop-out for work or training valid input of the same format version", () => {
    for (const reason of retiredDropOutReasons) {
      expect(() => closing({ outcome: "dropped-out", reason })).not.toThrow();
    }
    for (const migration of eventMigrations) {
      expect(migration.formatVersion).toBe(FORMAT_VERSION);
      expect(migration.formatVersion).toBe(exportLayout.formatVersion);
    }
  });

  it("reads a drop-out for work or training as a positive early exit, note and identity kept", () => {
    const older = closing({ outcome: "dropped-out", reason: "found-work", note: "Vast contract." });
    const read = upcastTrajectoryEvent(older);
    expect(read).toEqual({
      ...older,
      data: { outcome: "positive-early-exit", reason: "found-work", note: "Vast contract." },
    });
    expect(() => TrajectoryEvent.parse(read)).not.toThrow();
    expect(older.data).toEqual({
      outcome: "dropped-out",
      reason: "found-work",
      note: "Vast contract.",
    });
  });

  it("maps every retired drop-out reason to a positive-exit reason of the same code", () => {
    for (const reason of retiredDropOutReasons) {
      expect(positiveExitReasons.has(reason)).toBe(true);
      expect(dropOutReasons.has(reason)).toBe(false);
      const read = upcastTrajectoryEvent(closing({ outcome: "dropped-out", reason }));
      expect(read.data).toEqual({ outcome: "positive-early-exit", reason });
    }
  });

  it("returns an event in the current form as the same object", () => {
    const current = [
      closing({ outcome: "dropped-out", reason: "health" }),
      closing({ outcome: "positive-early-exit", reason: "started-internship" }),
      closing({ outcome: "completed" }),
    ];
    for (const event of current) expect(upcastTrajectoryEvent(event)).toBe(event);
  });

  it("is idempotent", () => {
    const once = upcastTrajectoryEvent(
      closing({ outcome: "dropped-out", reason: "started-training" }),
    );
    expect(upcastTrajectoryEvent(once)).toBe(once);
  });

  it("describes every migration in every language", () => {
    for (const migration of eventMigrations)
      for (const language of LANGUAGES) expect(migration.description[language]).not.toBe("");
  });
});
