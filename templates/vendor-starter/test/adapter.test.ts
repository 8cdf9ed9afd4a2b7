import { validate } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { mapDossier } from "../src/adapter.js";
import { brusselsTimestamp } from "../src/brussels-time.js";
import { dossiers, journal, settings } from "./example-data.js";

describe("mapDossier", () => {
  const [enrolled, declined] = dossiers as [(typeof dossiers)[0], (typeof dossiers)[0]];

  it("maps a file and its journal to valid MIRIAM events, in order", () => {
    const { events, skipped } = mapDossier(enrolled, journal, settings.id);
    expect(skipped).toEqual([]);
    expect(events.map((event) => event.type)).toEqual([
      "trajectory.referred",
      "information-talk.held",
      "consent.given",
      "contact.held",
      "right.updated",
      "right.updated",
      "contact.held",
      "contact.held",
    ]);
    for (const event of events) expect(validate("trajectory-event", event).ok).toBe(true);
  });

  it("maps a conversation to contact.held with its mode and life domains", () => {
    const { events } = mapDossier(enrolled, journal, settings.id);
    expect(events.find((event) => event.id === "D-2025-0412.j101")).toEqual({
      id: "D-2025-0412.j101",
      trajectoryId: "D-2025-0412",
      type: "contact.held",
      at: "2025-09-12T10:00:00+02:00",
      by: "cm12",
      data: { mode: "home", domains: ["housing", "finances"], minutes: 75 },
    });
  });

  it("maps a right checked to right.updated", () => {
    const { events } = mapDossier(enrolled, journal, settings.id);
    expect(events.find((event) => event.id === "D-2025-0412.j117")?.data).toEqual({
      right: "maintenance-advance",
      status: "applied",
    });
  });

  it("never exports the worker's free-text report", () => {
    const { events } = mapDossier(enrolled, journal, settings.id);
    expect(JSON.stringify(events)).not.toContain("Verslag");
  });

  it("maps a declined information talk and its closing", () => {
    const { events } = mapDossier(declined, journal, settings.id);
    expect(events.map((event) => [event.type, event.data])).toEqual([
      [
        "trajectory.referred",
        expect.objectContaining({ groupId: "voorbeeldstad-2025-a", referredBy: "mw03" }),
      ],
      ["information-talk.held", { decision: "declined" }],
      ["trajectory.closed", { outcome: "declined" }],
    ]);
  });

  it("reports a code missing from the mapping tables instead of guessing", () => {
    const { events, skipped } = mapDossier(
      enrolled,
      [{ ...journal[0]!, rowId: 999, themes: ["ONBEKEND"] } as (typeof journal)[0]],
      settings.id,
    );
    expect(skipped).toEqual([
      { record: "D-2025-0412 journal row 999", reason: "unknown theme ONBEKEND" },
    ]);
    expect(events.some((event) => event.type === "contact.held")).toBe(false);
  });
});

describe("brusselsTimestamp", () => {
  it("adds the summer or winter offset", () => {
    expect(brusselsTimestamp("2025-09-12 10:00")).toBe("2025-09-12T10:00:00+02:00");
    expect(brusselsTimestamp("2025-11-03 14:00")).toBe("2025-11-03T14:00:00+01:00");
    expect(brusselsTimestamp("2026-03-29 01:59")).toBe("2026-03-29T01:59:00+01:00");
    expect(brusselsTimestamp("2026-03-29 03:00")).toBe("2026-03-29T03:00:00+02:00");
  });
});
