import { describe, expect, it } from "vitest";
import { groupSessionCalendar, sessionDates } from "./calendar";
import { ScaffoldError } from "./errors";
import { projectSettings } from "./project-settings";

const settings = projectSettings({
  ocmwName: "OCMW Leuven",
  region: "flanders",
  languages: ["nl"],
  groups: 1,
  startDate: "2025-09-15",
});
const now = new Date("2025-06-01T12:00:00Z");

describe("sessionDates", () => {
  it("counts every 14 days over ten months, the end date excluded", () => {
    const dates = sessionDates({
      startDate: "2025-09-15",
      sessionCadenceDays: 14,
      trajectoryLengthMonths: 10,
    });
    expect(dates).toHaveLength(22);
    expect(dates[1]).toBe("2025-09-29");
    expect(dates.at(-1)).toBe("2026-07-06");
  });

  it("counts weekly sessions on the start date's weekday", () => {
    const dates = sessionDates({
      startDate: "2026-01-12",
      sessionCadenceDays: 7,
      trajectoryLengthMonths: 1,
    });
    expect(dates).toEqual(["2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09"]);
  });
});

describe("groupSessionCalendar", () => {
  const group = settings.groups[0]!.id;

  it("is the same for the same settings and moment", () => {
    expect(groupSessionCalendar(settings, group, { now })).toBe(
      groupSessionCalendar(settings, group, { now }),
    );
  });

  it("writes local times with TZID, DTSTAMP in UTC, and the place when given", () => {
    const text = groupSessionCalendar(settings, group, {
      now,
      time: "13:30",
      minutes: 120,
      place: "Zaal 2, Kerkstraat 1",
      language: "en",
    });
    expect(text).toContain("DTSTART;TZID=Europe/Brussels:20250915T133000\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Brussels:20250915T153000\r\n");
    expect(text).toContain("DTSTAMP:20250601T120000Z\r\n");
    expect(text).toContain("LOCATION:Zaal 2\\, Kerkstraat 1\r\n");
    expect(text).toContain("SUMMARY:MIRIAM group session 1/22");
  });

  it("refuses a session that would end after midnight, and an unknown group", () => {
    expect(() => groupSessionCalendar(settings, group, { time: "23:00", minutes: 90 })).toThrow(
      ScaffoldError,
    );
    expect(() => groupSessionCalendar(settings, "nope")).toThrow(/has no group "nope"/);
  });
});
