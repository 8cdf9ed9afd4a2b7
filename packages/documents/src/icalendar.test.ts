import { describe, expect, it } from "vitest";
import { escapeText, foldLine, serialise } from "./_icalendar";
import { eventEndTime, icalendar } from "./icalendar";

describe("iCalendar writing", () => {
  it("escapes TEXT values", () => {
    expect(escapeText("a, b; c\\d\ne")).toBe("a\\, b\\; c\\\\d\\ne");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
  });

  it("ends every line with CRLF", () => {
    expect(serialise(["BEGIN:VCALENDAR", "END:VCALENDAR"])).toBe(
      "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    );
  });
});

describe("icalendar", () => {
  const now = new Date("2026-03-01T08:00:00Z");

  it("writes timed events in Brussels time and all-day events as dates", () => {
    const ics = icalendar({
      name: "Agenda",
      product: "test",
      now,
      events: [
        { uid: "a@x", date: "2026-03-30", time: "09:30", minutes: 150, summary: "Session, 3" },
        { uid: "b@x", date: "2026-04-02", summary: "Contact due" },
      ],
    });
    expect(ics).toContain("DTSTART;TZID=Europe/Brussels:20260330T093000\r\n");
    expect(ics).toContain("DTEND;TZID=Europe/Brussels:20260330T120000\r\n");
    expect(ics).toContain("SUMMARY:Session\\, 3\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260402\r\n");
    expect(ics).toContain("PRODID:-//MIRIAM kit//test//EN");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).not.toContain("DESCRIPTION:");
  });

  it("refuses an event that passes midnight", () => {
    expect(() =>
      icalendar({
        name: "x",
        product: "t",
        events: [{ uid: "a", date: "2026-01-01", time: "23:00", minutes: 90, summary: "late" }],
      }),
    ).toThrow(RangeError);
    expect(eventEndTime("09:30", 150)).toBe("12:00");
    expect(eventEndTime("9:30", 10)).toBeUndefined();
    expect(eventEndTime("10:00", 0)).toBeUndefined();
  });
});
