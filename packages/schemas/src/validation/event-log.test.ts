import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleCohort } from "../data/example-cohort";
import { parseEventLog } from "./event-log";

const cohort = exampleCohort();
const valid = [...cohort.trajectoryEvents.slice(0, 40), ...cohort.groupEvents.slice(0, 5)];
const lines = valid.map((event) => JSON.stringify(event));
const [first, second, third, fourth] = valid;

describe("parseEventLog", () => {
  it("reads a valid log of trajectory and group events, in file order", () => {
    const log = parseEventLog(`${lines.join("\n")}\n`);
    expect(log.problems).toEqual([]);
    expect(log.lineCount).toBe(valid.length);
    expect(log.entries.map((entry) => entry.event)).toEqual(valid);
    expect(log.entries.map((entry) => entry.line)).toEqual(valid.map((_, i) => i + 1));
  });

  it("keeps every valid line, with its line number, around a bad JSON line, an invalid event and a duplicate id", () => {
    const invalid = JSON.stringify({ ...second, at: "2025-09-15T10:00:00" });
    const text = [
      lines[0], // 1
      '{"id": "x", "type": ', // 2: not JSON
      lines[2], // 3
      invalid, // 4: not a valid event
      lines[3], // 5
      lines[0], // 6: the id of line 1 again
      lines[1], // 7
    ].join("\n");
    const log = parseEventLog(text);
    expect(log.entries.map(({ line, event }) => [line, event.id])).toEqual([
      [1, first!.id],
      [3, third!.id],
      [5, fourth!.id],
      [7, second!.id],
    ]);
    expect(log.problems.map(({ line, path }) => [line, path])).toEqual([
      [2, "$"],
      [4, "$.at"],
      [6, "$.id"],
    ]);
    const [json, event, duplicate] = log.problems;
    expect(json!.expected).toBe("one JSON object on the line");
    expect(json!.found).toMatch(/^text that is not valid JSON/);
    expect(json!.message).toMatch(/^line 2, \$: /);
    expect(event!.expected).toBe("a date-time with offset, e.g. 2025-09-15T10:00:00+02:00");
    expect(event!.message).toMatch(/^line 4, \$\.at: /);
    expect(duplicate!.expected).toBe("an event id not used before (already on line 1)");
    expect(duplicate!.found).toBe(JSON.stringify(first!.id));
    expect(log.lineCount).toBe(7);
  });

  it("accepts CRLF line ends, blank lines and a missing final line end, counting every line", () => {
    const text = `\r\n${lines[0]}\r\n\r\n   \r\n${lines[1]}\r\n{oops}\r\n\n${lines[2]}`;
    const log = parseEventLog(text);
    expect(log.entries.map(({ line, event }) => [line, event.id])).toEqual([
      [2, first!.id],
      [5, second!.id],
      [8, third!.id],
    ]);
    expect(log.problems.map((problem) => problem.line)).toEqual([6]);
    expect(log.lineCount).toBe(4);
  });

  it("reads an empty file as an empty log", () => {
    for (const text of ["", "\n", "\r\n\r\n", "  \n\t\n"])
      expect(parseEventLog(text)).toEqual({ entries: [], problems: [], lineCount: 0 });
  });

  it("reports every problem of an invalid line, each with the line", () => {
    const bad = JSON.stringify({ ...first, at: "yesterday", by: "", extra: 1 });
    const log = parseEventLog(`${lines[1]}\n${bad}`);
    expect(log.entries).toHaveLength(1);
    expect(log.problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of log.problems) expect(problem.line).toBe(2);
    expect(log.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(["$.at", "$.by", "$.extra"]),
    );
  });

  it("checks life domains against the project's own set when given", () => {
    const contact = cohort.trajectoryEvents.find((event) => event.type === "contact.held")!;
    const text = JSON.stringify(contact);
    expect(parseEventLog(text).problems).toEqual([]);
    const own = parseEventLog(text, { domains: ["budget"] });
    expect(own.entries).toEqual([]);
    expect(own.problems[0]!.line).toBe(1);
    expect(own.problems[0]!.path).toBe("$.data.domains[0]");
    expect(own.problems[0]!.expected).toBe("a life domain of the project (budget)");
  });

  it("never repeats the content of a bad line, nor a note or a name in an invalid event", () => {
    const name = "Fatima El Amrani";
    const note = `Gesprek met ${name} over haar schulden`;
    const contact = cohort.trajectoryEvents.find((event) => event.type === "contact.held")!;
    const text = [
      `{"givenName": "${name}", `, // not JSON
      `${name};0470123456`, // not JSON at all
      JSON.stringify(name), // JSON, but a text
      JSON.stringify({ ...contact, id: "c-1", data: { ...contact.data, note: note.repeat(400) } }),
      JSON.stringify({ ...contact, id: "c-2", data: { ...contact.data, note: 42 }, by: name }),
      JSON.stringify({ ...contact, id: "c-3", trajectoryId: name }),
    ].join("\n");
    const log = parseEventLog(text);
    expect(log.entries).toEqual([]);
    expect(new Set(log.problems.map((problem) => problem.line))).toEqual(
      new Set([1, 2, 3, 4, 5, 6]),
    );
    for (const problem of log.problems) {
      const shown = JSON.stringify(problem);
      expect(shown).not.toContain("Fatima");
      expect(shown).not.toContain("Amrani");
      expect(shown).not.toContain("schulden");
      expect(shown).not.toContain("0470123456");
    }
  });
});

describe("parseEventLog, for any mix of valid and bad lines", () => {
  type Line =
    | { kind: "valid"; index: number }
    | { kind: "duplicate" }
    | { kind: "garbage"; text: string }
    | { kind: "invalid"; index: number; field: "at" | "type" | "data" }
    | { kind: "truncated"; index: number; cut: number }
    | { kind: "blank"; text: string };

  const lineArbitrary: fc.Arbitrary<Line> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("valid" as const), index: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate" as const) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("garbage" as const),
        // Shorter than any valid event, so it can never be one; no line breaks.
        text: fc
          .string({ unit: "binary", maxLength: 40 })
          .filter((text) => !/[\r\n]/.test(text) && text.trim() !== ""),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("invalid" as const),
        index: fc.nat(),
        field: fc.constantFrom("at" as const, "type" as const, "data" as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("truncated" as const),
        index: fc.nat(),
        cut: fc.nat(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("blank" as const),
        text: fc.constantFrom("", " ", "\t", "  \t "),
      }),
    },
  );

  const mutate = (event: object, field: "at" | "type" | "data") =>
    field === "at"
      ? { ...event, at: "2025-09-15 10:00" }
      : field === "type"
        ? { ...event, type: "contact.logged" }
        : { ...event, data: { unexpected: true } };

  it("keeps exactly the valid lines in order, with their numbers, and names exactly the bad lines", () => {
    fc.assert(
      fc.property(
        fc.array(lineArbitrary, { maxLength: 40 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        (spec, eol, finalEol) => {
          const pool = [...cohort.trajectoryEvents, ...cohort.groupEvents];
          let nextValid = 0;
          const texts: string[] = [];
          const expectedEntries: [number, string][] = [];
          const badLines: number[] = [];
          let nonBlank = 0;
          spec.forEach((line, i) => {
            const lineNumber = i + 1;
            switch (line.kind) {
              case "valid": {
                // Distinct cohort events, in varying order: ids are unique in the cohort.
                const event = pool[(line.index + nextValid * 37) % pool.length]!;
                if (expectedEntries.some(([, id]) => id === event.id)) {
                  badLines.push(lineNumber);
                } else {
                  expectedEntries.push([lineNumber, event.id]);
                }
                nextValid++;
                texts.push(JSON.stringify(event));
                break;
              }
              case "duplicate": {
                const [, id] = expectedEntries[0] ?? [];
                const event = pool.find((candidate) => candidate.id === id) ?? pool[0]!;
                if (id === undefined) expectedEntries.push([lineNumber, event.id]);
                else badLines.push(lineNumber);
                texts.push(JSON.stringify(event));
                break;
              }
              case "garbage":
                badLines.push(lineNumber);
                texts.push(line.text);
                break;
              case "invalid":
                badLines.push(lineNumber);
                texts.push(JSON.stringify(mutate(pool[line.index % pool.length]!, line.field)));
                break;
              case "truncated": {
                const json = JSON.stringify(pool[line.index % pool.length]!);
                badLines.push(lineNumber);
                texts.push(json.slice(0, line.cut % json.length));
                break;
              }
              case "blank":
                texts.push(line.text);
                break;
            }
            if (line.kind !== "blank" && texts.at(-1)!.trim() !== "") nonBlank++;
          });
          // A truncated line cut to nothing is blank, not bad.
          const blankTruncated = spec
            .map((line, i) => (line.kind === "truncated" && texts[i]!.trim() === "" ? i + 1 : 0))
            .filter((n) => n > 0);
          const expectedBad = badLines.filter((n) => !blankTruncated.includes(n));

          const log = parseEventLog(texts.join(eol) + (finalEol ? eol : ""));

          expect(log.entries.map(({ line, event }) => [line, event.id])).toEqual(expectedEntries);
          expect([...new Set(log.problems.map((problem) => problem.line))]).toEqual(expectedBad);
          expect(log.lineCount).toBe(nonBlank);
        },
      ),
      { numRuns: 300 },
    );
  });
});
