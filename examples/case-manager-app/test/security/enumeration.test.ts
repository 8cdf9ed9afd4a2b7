import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

// A cost other than the default: a dummy hash fixed at the default cost would then take
// a different time than a real user's hash and tell which usernames exist.
process.env.MIRIAM_SCRYPT_LOG_N = "13";
const passwords = await import("../../src/security/passwords");
const { costOf, dummyHash, hashPassword } = passwords;
const { authenticate, createUser } = await import("../../src/db/accounts");
const { openDatabase } = await import("../../src/db/database");
const { migrate } = await import("../../src/db/schema");

describe("login does not tell which usernames exist", () => {
  it("compares an unknown user's password against a hash of the running cost", async () => {
    expect(costOf(await dummyHash())).toEqual({ N: 2 ** 13, r: 8, p: 1 });
    expect(costOf(await dummyHash())).toEqual(costOf(await hashPassword("x")));
  });

  // The time a login takes is what could tell: it is the one scrypt verification, so the
  // test proves that an unknown username costs exactly that same verification (timing
  // it here would only measure the machine's load).
  it("verifies one hash of the same cost for an unknown username as for a known one", async () => {
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
    const verify = vi.spyOn(passwords, "verifyPassword");
    try {
      const costs = [];
      for (const username of ["known", "nobody-by-this-name"]) {
        verify.mockClear();
        expect(await authenticate(db, username, "wrong password")).toBeUndefined();
        expect(verify, username).toHaveBeenCalledTimes(1);
        costs.push(costOf(verify.mock.calls[0]![1]));
      }
      expect(costs[1]).toEqual(costs[0]);
      expect(costs[0]).toEqual({ N: 2 ** 13, r: 8, p: 1 });
    } finally {
      verify.mockRestore();
      await db.close();
    }
  });
});
