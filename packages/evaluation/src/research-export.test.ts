import { type TrajectoryEvent, type TrajectoryEventType, trajectoryEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { researchCodebook, researchColumns, researchExport } from "./research-export";

const KEY = "k".repeat(32);
const OTHER_KEY = "o".repeat(32);
const SECRET_NOTE = "Intakenotitie-Fatima-geheim";
let day = 0;
function ev<T extends TrajectoryEventType>(
  trajectoryId: string,
  type: T,
  data: Parameters<typeof trajectoryEvent<T>>[1]["data"],
): TrajectoryEvent {
  day += 1;
  const at = `2026-10-${String(day).padStart(2, "0")}T10:00:00+02:00`;
  return trajectoryEvent(type, { trajectoryId, by: "cm-01", at, data });
}

function mother(id: string, scopes: string[], withdraw?: string[]): TrajectoryEvent[] {
  day = 0;
  return [
    ev(id, "trajectory.referred", {
      projectId: "p-1",
      groupId: "g-1",
      referredBy: "mw-01",
      eligibility: { singleMother: true, services: ["living-wage"] },
    }),
    ev(id, "information-talk.held", { decision: "interested" }),
    ev(id, "consent.given", { scopes } as never),
    ev(id, "intake.held", {
      location: "home",
      household: { childrenBirthYears: [2022] },
      situation: [{ domain: "housing", wantsToWorkOnIt: true, note: SECRET_NOTE }],
    }),
    ev(id, "measurement.recorded", {
      timepoint: "t0",
      instrument: { id: "miriam-self-evaluation", version: 1 },
      answers: { "satisfaction-housing": 3 },
    }),
    ...(withdraw ? [ev(id, "consent.withdrawn", { scopes: withdraw } as never)] : []),
  ];
}

const cohort = () => [
  mother("mother-fatima-1", ["processing", "research"]),
  mother("mother-2", ["processing"]),
  mother("mother-3", ["processing", "research"], ["research"]),
];

describe("researchExport", () => {
  it("keeps only mothers whose consent in force includes research", () => {
    expect(researchExport(cohort(), { key: KEY })).toHaveLength(1);
  });

  it("gives the same pseudonyms with the same key and other ones with another key", () => {
    const a = researchExport(cohort(), { key: KEY });
    const b = researchExport(cohort(), { key: KEY });
    const c = researchExport(cohort(), { key: OTHER_KEY });
    expect(a[0]?.pseudonym).toBe(b[0]?.pseudonym);
    expect(a[0]?.pseudonym).not.toBe(c[0]?.pseudonym);
    expect(a[0]?.pseudonym).toMatch(/^[0-9a-f]{64}$/);
  });

  it("leaves out the raw id, names and free text", () => {
    const text = JSON.stringify(researchExport(cohort(), { key: KEY }));
    expect(text).not.toContain("fatima");
    expect(text).not.toContain(SECRET_NOTE);
    expect(text).not.toContain("2026-10-0");
  });

  it("refuses a short key without showing it", () => {
    expect(() => researchExport(cohort(), { key: "short-secret" })).toThrowError(/at least 32/);
    expect(() => researchExport(cohort(), { key: "short-secret" })).not.toThrowError(
      /short-secret/,
    );
  });

  it("has a codebook entry for every exported column and no other", () => {
    const [row] = researchExport(cohort(), { key: KEY });
    const names = researchCodebook("nl").json.map((c) => c.name);
    expect(Object.keys(row ?? {}).sort()).toEqual([...names].sort());
    expect(researchColumns().map((c) => c.name)).toEqual(names);
    expect(researchCodebook("fr").markdown).toContain("| closing_outcome |");
  });
});
