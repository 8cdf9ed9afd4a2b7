import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "./id-index";

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
