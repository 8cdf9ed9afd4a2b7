import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD_POLICY, passwordProblem } from "../../src/security/password-policy";
import { LoginThrottle, THROTTLE_RULES } from "../../src/security/throttle";
import { createApp } from "../../src/web/app";
import { Client, type TestApp, targets, testApp } from "../harness";

describe("login throttling instead of lockout", () => {
  it("makes an address wait longer after each failure on a name, and lets it in after the wait", () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      now += throttle.wait("10.0.0.9", "lotte");
      throttle.failed("10.0.0.9", "lotte");
      waits.push(throttle.wait("10.0.0.9", "lotte"));
    }
    // A few free mistakes (THROTTLE_RULES.addressAndUser.free), then 1 s, 2 s, 4 s, 8 s.
    expect(THROTTLE_RULES.addressAndUser.free).toBe(3);
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 8000]);
    now += 8000;
    expect(throttle.wait("10.0.0.9", "lotte")).toBe(0);
  });

  it("does not slow the case manager at her own address when someone else fails with her name", () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < 50; i++) throttle.failed("203.0.113.66", "lotte");
    expect(throttle.wait("203.0.113.66", "lotte")).toBeGreaterThan(0);
    expect(throttle.wait("10.0.0.9", "lotte")).toBe(0);
  });

  it("slows a name tried from many addresses after NIST's 100 failures", () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < THROTTLE_RULES.user.free; i++) throttle.failed(`198.51.100.${i}`, "lotte");
    expect(throttle.wait("10.0.0.9", "lotte")).toBeGreaterThan(0);
  });

  describe("in the app", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await testApp(targets()[0]!.url!);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
    });

    it("answers 429 with Retry-After instead of locking the account, and the right password works again after the wait", async () => {
      let now = 1_000_000;
      const app = createApp({
        kit: t.kit,
        log: () => undefined,
        loginThrottle: new LoginThrottle(() => now),
      });
      const client = new Client(app);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await client.login("casemanager", "wrong")).status);
      expect(statuses.slice(0, THROTTLE_RULES.addressAndUser.free)).toEqual([401, 401, 401]);
      const throttled = await client.login("casemanager");
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
      now += 10 * 60_000;
      expect((await client.login("casemanager")).status).toBe(200);
    });
  });
});

describe("password policy (NIST SP 800-63B)", () => {
  it("asks for length, not composition", () => {
    expect(passwordProblem("Aa1!")).toBe("too-short");
    expect(passwordProblem("correct horse battery staple")).toBeUndefined();
    expect(passwordProblem("x".repeat(PASSWORD_POLICY.maxLength + 1))).toBe("too-long");
  });

  it("refuses common and breached passwords from the maintained list, also padded to length", () => {
    expect(passwordProblem("1qaz2wsx3edc4rfv")).toBe("common");
    expect(passwordProblem("password1234567")).toBe("common");
  });

  it("refuses a password that contains the username", () => {
    expect(passwordProblem("lotte-at-the-ocmw-2026", { username: "lotte" })).toBe(
      "contains-username",
    );
  });
});
