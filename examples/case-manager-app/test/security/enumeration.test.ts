import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A cost other than the default: a dummy hash fixed at the default cost would then take
// a different time than a real user's hash and tell which usernames exist.
process.env.MIRIAM_SCRYPT_LOG_N = "13";
const { costOf, dummyHash, hashPassword } = await import("../../src/security/passwords");
const { authenticate, createUser } = await import("../../src/db/accounts");
const { openDatabase } = await import("../../src/db/database");
const { migrate } = await import("../../src/db/schema");

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

describe("login does not tell which usernames exist", () => {
  it("compares an unknown user's password against a hash of the running cost", async () => {
    expect(costOf(await dummyHash())).toEqual({ N: 2 ** 13, r: 8, p: 1 });
    expect(costOf(await dummyHash())).toEqual(costOf(await hashPassword("x")));
  });

  it("takes as long for an unknown username as for a known one (medians)", async () => {
    const db = await openDatabase(join(mkdtempSync(join(tmpdir(), "miriam-enum-")), "e.sqlite"));
    await migrate(db);
    await createUser(db, {
      id: "cm-x",
      username: "known",
      displayName: "K",
      role: "case-manager",
      projectId: "p",
      language: "nl",
      password: "a long enough password",
    });
    await dummyHash();
    const known: number[] = [];
    const unknown: number[] = [];
    // Alternating samples, so a noisy neighbour on the machine slows both alike.
    for (let i = 0; i < 15; i++) {
      for (const [username, into] of [
        ["known", known],
        ["nobody-by-this-name", unknown],
      ] as const) {
        const start = performance.now();
        expect(await authenticate(db, username, "wrong password")).toBeUndefined();
        into.push(performance.now() - start);
      }
    }
    await db.close();
    // Same work, so the medians agree within a generous factor; a dummy hash of the
    // default cost (2^16 instead of 2^13) takes about 8 times as long.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  }, 60_000);
});
