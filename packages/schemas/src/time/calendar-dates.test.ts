import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  monthsBetween,
} from "./calendar-dates";

// The date helpers read digits in place for speed (a programme's fidelity signals call
// them millions of times); these tests hold them to the plain `Date` arithmetic.

const DAY = 86_400_000;
const dates = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2080, 11, 31) / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

describe("calendar dates", () => {
  it("number the day a date or timestamp starts with, whatever its offset", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2025-10-26T01:30:00+02:00")).toBe(dayNumber("2025-10-26"));
    expect(dayNumber("2025-10-26T23:30:00-05:00")).toBe(dayNumber("2025-10-26"));
    expect(dayNumber("2025-1O-26")).toBeNaN();
    fc.assert(
      fc.property(dates, (date) => {
        expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / DAY);
        expect(dateOfDayNumber(dayNumber(date))).toBe(date);
      }),
    );
  });

  it("add calendar months, clamping the day to a shorter month", () => {
    expect(addMonths("2025-08-31", 1)).toBe("2025-09-30");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    fc.assert(
      fc.property(dates, fc.integer({ min: -24, max: 24 }), (date, months) => {
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
        const expected = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
        expect(addMonths(date, months)).toBe(expected.toISOString().slice(0, 10));
      }),
    );
  });

  it("never overflow a month end into the month after, and keep the day when it exists", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const [ry, rm, rd] = addMonths(date, months).split("-").map(Number) as [
          number,
          number,
          number,
        ];
        expect(ry * 12 + rm).toBe(y * 12 + m + months);
        const lastOfTarget = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        expect(rd).toBe(Math.min(d, lastOfTarget));
      }),
    );
  });

  it("add and subtract days as inverse operations", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it("count months as whole calendar months plus the rest in days / 30", () => {
    expect(monthsBetween("2025-09-15", "2026-06-15")).toBe(9);
    expect(monthsBetween("2025-09-03", "2026-02-18")).toBe(5.5);
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        let whole = 0;
        while (addMonths(from, whole + 1) <= to) whole++;
        const rest = (dayNumber(to) - dayNumber(addMonths(from, whole))) / 30;
        expect(monthsBetween(from, to)).toBe(Math.round((whole + rest) * 10) / 10);
      }),
    );
  });
});
