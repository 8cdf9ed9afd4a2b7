import { canAccept, persist } from "@miriam/trajectory";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUser } from "../src/db/accounts";
import { searchCaseload } from "../src/domain/caseload";
import { eraseParticipant } from "../src/domain/privacy";
import { loadProfile, saveProfile, Trajectories } from "../src/domain/trajectories";
import { type TestApp, targets, testApp } from "./harness";

// What the group page, the worklist and search read: a caseload, in one read of the
// projection, that agrees with loading each trajectory on its own.

describe("a case manager's caseload", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(targets()[0]!.url!);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("lists every trajectory of her groups with the state, due actions and profile of each", async () => {
    const entries = await t.kit.caseload(["gent-2025-a", "gent-2026-b"]);
    expect(new Set(entries.map((e) => e.groupId))).toEqual(new Set(["gent-2025-a", "gent-2026-b"]));
    expect(entries.length).toBe(15 + 8);
    for (const entry of entries) {
      const loaded = await t.kit.load(entry.trajectoryId);
      expect(persist(entry.state)).toEqual(persist(loaded!.state));
      expect(entry.version).toBe(loaded!.version);
      expect(entry.due).toEqual(await t.kit.due(loaded!));
    }
    const amina = entries.find((e) => e.trajectoryId === "gent-2026-b-01");
    expect(amina?.profile?.familyName).toBe("El Idrissi");
  });

  it("with a filter, lists only the trajectories it accepts, each with her profile", async () => {
    const groups = ["gent-2025-a", "gent-2026-b"];
    const open = (e: { state: { context: { milestones: { closing: unknown } } } }) =>
      e.state.context.milestones.closing === null;
    const all = await t.kit.caseload(groups);
    const filtered = await t.kit.caseload(groups, open);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered).toEqual(all.filter(open));
  });

  it("finds her by any part of her name or file number, ignoring case and accents", async () => {
    const entries = await t.kit.caseload(["gent-2026-b"]);
    expect(searchCaseload(entries, "amina el").map((e) => e.trajectoryId)).toEqual([
      "gent-2026-b-01",
    ]);
    expect(searchCaseload(entries, "IDRÍSSI").map((e) => e.trajectoryId)).toEqual([
      "gent-2026-b-01",
    ]);
    expect(searchCaseload(entries, "2026-b-07").map((e) => e.trajectoryId)).toEqual([
      "gent-2026-b-07",
    ]);
    expect(searchCaseload(entries, "  ")).toHaveLength(entries.length);
    expect(searchCaseload(entries, "nobody")).toEqual([]);
  });

  it("read again, shows what changed since: her new event, her new name, in the same order", async () => {
    const before = await t.kit.caseload(["gent-2026-b"]);
    const id = before.find(
      (e) => canAccept(e.state, { type: "contact.held" }).accepted,
    )!.trajectoryId;
    const lotte = (await findUser(t.db, "cm-01"))!;
    const recorded = await t.kit.record(lotte, id, {
      type: "contact.held",
      data: { mode: "home", domains: ["housing"], minutes: 45 },
    });
    expect(recorded).toMatchObject({ kind: "recorded" });
    const { profile } = await loadProfile(t.db, id);
    await saveProfile(t.db, { ...profile!, familyName: "Vandenbroucke" });
    const after = await t.kit.caseload(["gent-2026-b"]);
    expect(after.map((e) => e.trajectoryId)).toEqual(before.map((e) => e.trajectoryId));
    const hers = after.find((e) => e.trajectoryId === id)!;
    expect(hers.version).toBe(before.find((e) => e.trajectoryId === id)!.version + 1);
    expect(persist(hers.state)).toEqual(persist((await t.kit.load(id))!.state));
    expect(hers.profile?.familyName).toBe("Vandenbroucke");
    // The others are the same objects as before: nothing of theirs was read again.
    const other = after.find((e) => e.trajectoryId !== id)!;
    expect(other.state).toBe(before.find((e) => e.trajectoryId === other.trajectoryId)!.state);
  });

  it("read again unchanged, reuses her profile; erased by another app process, shows her erased", async () => {
    const first = await t.kit.caseload(["gent-2026-b"]);
    const again = await t.kit.caseload(["gent-2026-b"]);
    for (const [i, entry] of again.entries()) expect(entry.profile).toBe(first[i]!.profile);
    const id = first.find((e) => e.profile !== undefined)!.trajectoryId;
    // Another process on the same database: its erasure tells this one through the row.
    const other = new Trajectories(t.db, () => t.kit.todayOf());
    await eraseParticipant(other, (await findUser(t.db, "cm-01"))!, id);
    const after = await t.kit.caseload(["gent-2026-b"]);
    const hers = after.find((e) => e.trajectoryId === id)!;
    expect(hers).toMatchObject({ erased: true, profile: undefined });
    expect(after.filter((e) => e.erased)).toHaveLength(1);
  });
});
