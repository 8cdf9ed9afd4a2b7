import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonOutput, Rows, writeJsonOutput } from "./_output";

const written = async (output: Parameters<typeof jsonOutput>[0]) => {
  const pieces: string[] = [];
  await writeJsonOutput((text) => pieces.push(text), output);
  return pieces;
};

describe("--json written a row at a time", () => {
  it("is the text of the whole output as one string, for any rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string().filter((key) => !["command", "language", "ok", "problems"].includes(key)),
          fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.constant(undefined)),
        ),
        fc.array(fc.jsonValue(), { maxLength: 3 }),
        async (rest, problems) => {
          const output = { command: "replay", language: "nl", ok: true, ...rest, problems };
          expect((await written(output as never)).join("")).toBe(jsonOutput(output as never));
        },
      ),
    );
  });

  it("writes a large output in pieces, none of them the whole", async () => {
    const trajectories = Array.from({ length: 5000 }, (_, n) => ({ id: `t-${n}`, state: ["a"] }));
    const output = {
      command: "replay" as const,
      language: "en" as const,
      ok: true,
      trajectories,
      problems: [],
    };
    const pieces = await written(output);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(1 << 17);
    expect(pieces.join("")).toBe(jsonOutput(output));
  });

  it("writes rows made one at a time as the array of those rows, and none as []", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 20 }), async (rows) => {
        let made = 0;
        const lazy = new Rows(rows.length, (index) => {
          made++;
          return rows[index];
        });
        const base = { command: "replay" as const, language: "en" as const, ok: true };
        const pieces = await written({ ...base, trajectories: lazy, problems: [] });
        expect(pieces.join("")).toBe(jsonOutput({ ...base, trajectories: rows, problems: [] }));
        expect(made).toBe(rows.length);
      }),
    );
  });
});
