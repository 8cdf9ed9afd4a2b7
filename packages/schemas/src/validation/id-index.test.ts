import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex, IdSet } from "./id-index";

// The answer a Map of every id would give: the first place of each id, or undefined.
function reference(ids: readonly string[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return ids.map((id, place) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, place);
    return earlier;
  });
}

describe("IdSet", () => {
  it("finds exactly the repeated ids, with their first place, when hashes collide on purpose", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "-"), maxLength: 4 }), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 8 }),
        (ids, buckets) => {
          let reads = 0;
          // A hash of a few values: most different ids share one, so only reading back tells them apart.
          const set = new IdSet(
            (place) => {
              reads++;
              return ids[place];
            },
            (id) => id.length % buckets,
          );
          expect(ids.map((id, place) => set.firstPlace(id, place))).toEqual(reference(ids));
          expect(set.size).toBe(new Set(ids).size);
          // A repeat is confirmed by reading its first place back.
          expect(reads).toBeGreaterThanOrEqual(ids.length - set.size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds exactly the repeated ids of a large log across growth, reading back only on a hash met again", () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `gent-2025-a-${i % 150_000}.001`);
    let reads = 0;
    const set = new IdSet((place) => {
      reads++;
      return ids[place];
    });
    const found = ids.map((id, place) => set.firstPlace(id, place));
    expect(found).toEqual(reference(ids));
    expect(set.size).toBe(150_000);
    // One read per repeat, and a handful for ids sharing a 32-bit hash.
    expect(reads).toBeGreaterThanOrEqual(50_000);
    expect(reads).toBeLessThan(50_100);
  });
});

describe("IdIndex", () => {
  it("answers as a Map of every id would, across the growth of its parts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 4000,
        }),
        (uses) => {
          const index = new IdIndex();
          const first = new Map<string, { line: number; file: number }>();
          uses.forEach(([n, file], at) => {
            const id = `gent-2025-a-${n}.001`;
            const line = at + 1;
            const before = first.get(id);
            expect(index.firstPlace(id, line, file)).toEqual(before);
            if (before === undefined) first.set(id, { line, file });
          });
          for (const [id, { line }] of first) expect(index.lineOf(id)).toBe(line);
          expect(index.lineOf("gent-2025-a-9999.001")).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps the lines recorded before it was asked for files, with file 0", () => {
    const index = new IdIndex();
    expect(index.firstLine("e-1", 3)).toBeUndefined();
    expect(index.firstPlace("e-1", 9, 2)).toEqual({ line: 3, file: 0 });
    expect(index.firstPlace("e-2", 10, 2)).toBeUndefined();
    expect(index.firstPlace("e-2", 11, 1)).toEqual({ line: 10, file: 2 });
  });
});
