import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Column, Offsets, Steps } from "./_columns";

describe("the log index's columns", () => {
  it("give back every number pushed, across chunks", () => {
    const column = new Column((n) => new Int32Array(n));
    for (let i = 0; i < 200_000; i++) expect(column.push(i * 7 - 3)).toBe(i);
    for (const i of [0, 65_535, 65_536, 131_072, 199_999]) expect(column.get(i)).toBe(i * 7 - 3);
    column.set(65_536, -1);
    expect(column.get(65_536)).toBe(-1);
  });

  it("keep a seldom changing number per row exactly, whatever the runs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 300 }),
        (values) => {
          const steps = new Steps();
          for (const [row, value] of values.entries()) steps.push(row, value);
          expect(values.map((_, row) => steps.get(row))).toEqual(values);
        },
      ),
    );
  });

  it("keep byte offsets of files over 4 GiB, and of the next file from 0 again", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.integer({ min: 0, max: 2 ** 33 }), { maxLength: 20 }).map((gaps) => {
            let at = 0;
            return gaps.map((gap) => (at += gap));
          }),
          { maxLength: 5 },
        ),
        (files) => {
          const offsets = new Offsets();
          for (const file of files) for (const offset of file) offsets.push(offset);
          const all = files.flat();
          expect(offsets.size).toBe(all.length);
          expect(all.map((_, row) => offsets.get(row))).toEqual(all);
        },
      ),
    );
  });
});
