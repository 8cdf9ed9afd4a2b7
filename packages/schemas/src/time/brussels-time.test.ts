import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BRUSSELS_TIME_ZONE,
  brusselsDate,
  brusselsLocalTimestamp,
  brusselsOffsetAt,
  brusselsOffsetMinutes,
  brusselsTimestamp,
} from "./brussels-time";

// ICU's time-zone data is an independent account of the same rule: the kit's computed
// offsets must agree with it on every instant since the EU rule took force.
const icu = new Intl.DateTimeFormat("en-GB", {
  timeZone: BRUSSELS_TIME_ZONE,
  timeZoneName: "longOffset",
});
const icuOffsetMinutes = (instant: Date) => {
  const name = icu.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value;
  const [, h, m] = /GMT\+(\d\d):(\d\d)/.exec(name ?? "") ?? [];
  return Number(h) * 60 + Number(m);
};

const instants = fc
  .integer({ min: Date.UTC(1996, 0, 1) / 1000, max: Date.UTC(2037, 11, 31) / 1000 })
  .map((seconds) => new Date(seconds * 1000));

describe("Brussels time", () => {
  it("switches offset on the last Sundays of March and October at 01:00 UTC", () => {
    expect(brusselsOffsetMinutes("2026-03-28", "09:30")).toBe(60);
    expect(brusselsOffsetMinutes("2026-03-29", "09:30")).toBe(120);
    expect(brusselsOffsetMinutes("2026-10-24", "09:30")).toBe(120);
    expect(brusselsOffsetMinutes("2026-10-25", "09:30")).toBe(60);
    expect(brusselsTimestamp(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29T01:59:59+01:00");
    expect(brusselsTimestamp(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00+02:00");
    expect(brusselsTimestamp(new Date("2026-10-25T00:59:59Z"))).toBe("2026-10-25T02:59:59+02:00");
    expect(brusselsTimestamp(new Date("2026-10-25T01:00:00Z"))).toBe("2026-10-25T02:00:00+01:00");
  });

  it("agrees with the ICU time-zone data on every instant from 1996 to 2037", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        expect(brusselsOffsetAt(instant)).toBe(icuOffsetMinutes(instant));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes a timestamp that names the same instant", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        expect(Date.parse(brusselsTimestamp(instant))).toBe(instant.getTime());
      }),
    );
  });

  it("round-trips a local date and time across the switches, except the repeated hour", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const written = brusselsTimestamp(instant);
        const [date, time] = [written.slice(0, 10), written.slice(11, 19)];
        const again = brusselsLocalTimestamp(date, time);
        // 02:00–02:59 on the last Sunday of October happens twice; the second is chosen.
        const repeated = Date.parse(again) !== instant.getTime() && time.startsWith("02:");
        if (!repeated) expect(again).toBe(written);
        else expect(Date.parse(again)).toBe(instant.getTime() + 3_600_000);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the Brussels date, which differs from the UTC date late in the evening", () => {
    expect(brusselsDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(brusselsDate(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(brusselsDate(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});
