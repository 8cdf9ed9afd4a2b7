import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  derivableByEnumeration,
  derivableBySubtraction,
  linearlyDerivable,
  table,
} from "../test/disclosure-attack";
import { type CountSystem, suppressCounts } from "./suppression";

function expectSafe(system: CountSystem, threshold = 5) {
  const { hidden, primary } = suppressCounts(system, { threshold });
  for (const [id, value] of Object.entries(system.cells)) {
    if (value >= 1 && value < threshold)
      expect(hidden.has(id), `${id} = ${value} is small`).toBe(true);
    if (value === 0) expect(hidden.has(id), `${id} is zero`).toBe(false);
  }
  for (const id of primary) expect(hidden.has(id)).toBe(true);
  expect(derivableBySubtraction(system, hidden)).toEqual([]);
  expect(linearlyDerivable(system, hidden)).toEqual([]);
  const enumerated = derivableByEnumeration(system, hidden);
  if (enumerated !== undefined) expect(enumerated).toEqual([]);
  return hidden;
}

describe("suppressCounts", () => {
  it("hides nothing when every count is zero or at least the threshold", () => {
    const { hidden } = suppressCounts({
      cells: { a: 5, b: 0, c: 12, t: 17 },
      constraints: [{ total: "t", parts: ["a", "b", "c"] }],
    });
    expect([...hidden]).toEqual([]);
  });

  it("drop-out by reason: one small reason forces a second cell to be hidden", () => {
    const system = {
      cells: { "found-work": 6, health: 2, crisis: 0, total: 8 },
      constraints: [{ total: "total", parts: ["found-work", "health", "crisis"] }],
    };
    const hidden = expectSafe(system);
    expect([...hidden].sort()).toEqual(["found-work", "health"]);
  });

  it("two small reasons that add up to a visible 2 are hidden with a third cell", () => {
    // 1 + 1 under a visible total of 9 with 7 visible: a reader would know both are 1.
    const system = {
      cells: { a: 7, b: 1, c: 1, total: 9 },
      constraints: [{ total: "total", parts: ["a", "b", "c"] }],
    };
    const hidden = expectSafe(system);
    expect(hidden.has("a") || hidden.has("total")).toBe(true);
  });

  it("a small total hides itself and what it would give away", () => {
    expectSafe({ cells: { a: 3, b: 0, t: 3 }, constraints: [{ total: "t", parts: ["a", "b"] }] });
  });

  it("protects a small cell of a two-way table in both its row and its column", () => {
    const system = table("outcomes", [
      [12, 2, 0],
      [13, 1, 1],
      [10, 6, 0],
    ]);
    const hidden = expectSafe(system);
    expect(hidden.has("outcomes:0:1")).toBe(true);
  });

  it("keeps linked tables safe: a table's total is a cell of another table", () => {
    // Outcomes of the started (completed, dropped out, active) and drop-out by reason:
    // the drop-out count is the same cell in both.
    const system: CountSystem = {
      cells: { started: 14, completed: 12, dropped: 2, active: 0, work: 1, health: 1, other: 0 },
      constraints: [
        { total: "started", parts: ["completed", "dropped", "active"] },
        { total: "dropped", parts: ["work", "health", "other"] },
      ],
    };
    const hidden = expectSafe(system);
    expect(hidden.has("dropped")).toBe(true);
  });

  it("rejects counts that do not add up, and a threshold that hides nothing", () => {
    expect(() =>
      suppressCounts({ cells: { a: 1, t: 2 }, constraints: [{ total: "t", parts: ["a"] }] }),
    ).toThrow(/add up to 1/);
    expect(() => suppressCounts({ cells: {}, constraints: [] }, { threshold: 1 })).toThrow(
      RangeError,
    );
  });

  it("never lets a hidden cell be derived from random two-way tables", () => {
    const small = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) },
      { weight: 2, arbitrary: fc.integer({ min: 5, max: 15 }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((rows) =>
          fc.array(
            fc.array(small, { minLength: 1, maxLength: 4 }).map((r) => r),
            {
              minLength: rows,
              maxLength: rows,
            },
          ),
        ),
        fc.integer({ min: 2, max: 6 }),
        (rows, threshold) => {
          const width = Math.min(...rows.map((r) => r.length));
          expectSafe(
            table(
              "t",
              rows.map((r) => r.slice(0, width)),
            ),
            threshold,
          );
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it("never lets a hidden cell be derived from random linked tables", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 3 }),
        (reasons, others) => {
          // Outcomes (completed..., dropped) where "dropped" is the total of a reasons table.
          const dropped = reasons.reduce((a, b) => a + b, 0);
          const cells: Record<string, number> = { dropped };
          reasons.forEach((v, i) => {
            cells[`reason-${i}`] = v;
          });
          others.forEach((v, i) => {
            cells[`outcome-${i}`] = v;
          });
          cells.started = dropped + others.reduce((a, b) => a + b, 0);
          expectSafe({
            cells,
            constraints: [
              { total: "started", parts: ["dropped", ...others.map((_, i) => `outcome-${i}`)] },
              { total: "dropped", parts: reasons.map((_, i) => `reason-${i}`) },
            ],
          });
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
