import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleCohort } from "../data/example-cohort";
import { parseEventLog } from "./event-log";
import { splitJsonLineBatches, splitJsonLines, validateJsonLines } from "./json-lines";

const cohort = exampleCohort();
const pool = [...cohort.trajectoryEvents.slice(0, 30), ...cohort.groupEvents.slice(0, 3)].map((e) =>
  JSON.stringify(e),
);

async function read(text: string, chunkSize: number) {
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const lines = [];
  for await (const line of validateJsonLines(Readable.from(chunks))) lines.push(line);
  return lines;
}

describe("validateJsonLines", () => {
  it("gives the lines, problems and line numbers of parseEventLog, for any mix and any chunking", async () => {
    const line = fc.oneof(
      fc.constantFrom(...pool),
      fc.constantFrom("", "  ", "{oops", '"Fatima"', "[]", "é\r", "\u00e9t\u00e9 {"),
      fc.constantFrom(...pool).map((text) => text.replace('"at":"2025', '"at":"x2025')),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 25 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        async (lines, eol, finalEol, chunkSize) => {
          const text = lines.join(eol) + (finalEol ? eol : "");
          const parsed = parseEventLog(text);
          const streamed = await read(text, chunkSize);
          expect(streamed.flatMap((l) => (l.ok ? [] : l.problems))).toEqual(parsed.problems);
          expect(streamed.flatMap((l) => (l.ok ? [{ line: l.line, event: l.value }] : []))).toEqual(
            parsed.entries,
          );
          expect(streamed).toHaveLength(parsed.lineCount);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reports progress while reading", async () => {
    const seen: number[] = [];
    const text = `${pool.join("\n")}\n`;
    for await (const _ of validateJsonLines(Readable.from([text]), {
      progressEvery: 10,
      onProgress: ({ lines }) => seen.push(lines),
    }));
    expect(seen).toEqual([10, 20, 30, 33]);
  });
});

describe("the id index behind the duplicate check", () => {
  it("finds every repeated id with its first line, and no other, across growth", async () => {
    const { IdIndex } = await import("./id-index");
    const index = new IdIndex();
    for (let i = 1; i <= 100_000; i++)
      expect(index.firstLine(`gent-2025-a-${i}.001`, i)).toBeUndefined();
    for (const i of [1, 777, 65_536, 100_000])
      expect(index.firstLine(`gent-2025-a-${i}.001`, 200_000)).toBe(i);
    expect(index.firstLine("gent-2025-a-100001.001", 200_001)).toBeUndefined();
  });
});

describe("splitJsonLines", () => {
  it("gives in one batch the lines each chunk ends, and the last line after the chunks", async () => {
    const chunks = ["a\nb", "c\nd\ne", "f", "\ng"].map((text) => Buffer.from(text));
    const batches = [];
    for await (const batch of splitJsonLineBatches(Readable.from(chunks)))
      batches.push(batch.map((raw) => [raw.text, raw.line, raw.offset]));
    expect(batches).toEqual([
      [["a", 1, 0]],
      [
        ["bc", 2, 2],
        ["d", 3, 5],
      ],
      [],
      [["ef", 4, 7]],
      [["g", 5, 10]],
    ]);
  });

  it("gives each line's byte offset and length, so the line can be read again from the bytes", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "€", "😀", "\r", " ", "{") });
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 17 }),
        async (lines, finalEol, bom, chunkSize) => {
          const body = Buffer.from(lines.join("\n") + (finalEol ? "\n" : ""));
          const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
          const chunks: Buffer[] = [];
          for (let i = 0; i < bytes.length; i += chunkSize)
            chunks.push(bytes.subarray(i, i + chunkSize));
          const split = [];
          for await (const raw of splitJsonLines(Readable.from(chunks))) split.push(raw);
          // Every piece between line ends, but an empty one after the last line end.
          const pieces = (lines.join("\n") + (finalEol ? "\n" : "")).split("\n");
          const kept = pieces.at(-1) === "" ? pieces.slice(0, -1) : pieces;
          expect(split.map((raw) => raw.text)).toEqual(kept);
          for (const raw of split)
            expect(bytes.subarray(raw.offset, raw.offset + raw.length).toString("utf8")).toBe(
              raw.text,
            );
          expect(split.map((raw) => raw.line)).toEqual(kept.map((_, index) => index + 1));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives the same lines, offsets and lengths for any cutting of the input into chunks", async () => {
    const unit = fc.constantFrom("a", "é", "€", "😀", "\r", "\n", "\n", " ", "{");
    const split = async (chunks: (string | Uint8Array)[]) => {
      const lines = [];
      for await (const raw of splitJsonLines(Readable.from(chunks))) lines.push(raw);
      return lines;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (text, cuts) => {
          const bytes = Buffer.from(text);
          const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const pieces = [0, ...at, bytes.length]
            .slice(1)
            .map((end, i) => bytes.subarray([0, ...at][i], end));
          const whole = await split([bytes]);
          expect(await split(pieces)).toEqual(whole);
          // Text cut at the same places (by characters) gives the same texts and line numbers.
          const characters = [...text];
          const textPieces = [0, ...at, characters.length]
            .map((cut) => Math.min(cut, characters.length))
            .slice(1)
            .map((end, i) =>
              characters.slice(Math.min([0, ...at][i]!, characters.length), end).join(""),
            );
          const asText = await split(textPieces.filter((piece) => piece !== ""));
          expect(asText.map(({ text, line }) => ({ text, line }))).toEqual(
            whole.map(({ text, line }) => ({ text, line })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("joins a line spread over many chunks once: a 2 MB line in 1 KiB chunks", async () => {
    const long = JSON.stringify({ note: "x".repeat(2_000_000) });
    const bytes = Buffer.from(`${long}\n{}\n`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 1024) chunks.push(bytes.subarray(i, i + 1024));
    const split = [];
    for await (const raw of splitJsonLines(Readable.from(chunks))) split.push(raw);
    expect(split.map((raw) => raw.text.length)).toEqual([long.length, 2]);
    expect(split[1]).toMatchObject({ line: 2, offset: long.length + 1, length: 2 });
  });
});
