import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeRedirect } from "../../src/security/redirects";
import { Client, type TestApp, targets, testApp } from "../harness";

const SITE = "https://app.ocmw.example";
/** Where a browser goes for a Location header: it drops tabs and newlines first. */
const followed = (location: string) => new URL(location.replace(/[\t\n\r]/g, ""), SITE);

describe("redirect targets", () => {
  it("keeps a plain path of this site", () => {
    expect(safeRedirect("/groups/gent-2026-b?tab=x")).toBe("/groups/gent-2026-b?tab=x");
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /x",
    "/\u2028/evil.example",
  ])("refuses %j", (target) => {
    expect(safeRedirect(target)).toBe("/");
  });

  it("never sends a browser to another origin, whatever it is given", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      ":",
      "evil.example",
      "@",
      "%2f",
      "%5c",
      ".",
      "?",
      "#",
      "\u0000",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((p) => p.join("")),
        ),
        (target) => {
          const location = safeRedirect(target);
          expect(followed(location).origin).toBe(SITE);
          expect(location.startsWith("/")).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the language switch", () => {
  let t: TestApp;
  let lotte: Client;
  beforeAll(async () => {
    t = await testApp(targets()[0]!.url!);
    lotte = new Client(t.app);
    await lotte.login("casemanager");
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("goes back only to a path of this site", async () => {
    for (const [back, expected] of [
      ["/\t/evil.example", "/"],
      ["/groups/gent-2026-b", "/groups/gent-2026-b"],
    ]) {
      const response = await lotte.request("/preferences/language", {
        method: "POST",
        form: { language: "fr", back: back! },
      });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(expected);
    }
  });
});
