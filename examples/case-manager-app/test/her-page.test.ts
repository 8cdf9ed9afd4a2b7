import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { LANGUAGES } from "@miriam/schemas";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../src/db/accounts";
import { type RunningServer, startServer } from "../src/server";
import { translator } from "../src/web/i18n";
import { loginAndLand } from "./fixtures/browser";

// Her personal page (issue #20) on a phone (360 px wide) in Debian's Chromium: opened by
// link and code, only her data, a topic she proposes that the case manager confirms, and
// the kind message of a revoked or expired link. axe-core checks each of her pages.

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it.`);
const SHOTS = join(import.meta.dirname, "../screenshots");
const HER = "gent-2026-b-05"; // Sofie Peeters, with a plan (seed)
const OTHER = "gent-2026-b-06"; // Nadia Benali, in the same group

describe.skipIf(!available)("her personal page on a phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let worker: Page;
  let phone: Page;
  let link = "";
  let code = "";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), "miriam-her-"));
    server = await startServer({
      database: join(dir, "her.sqlite"),
      port: 0,
      log: () => undefined,
    });
    // She consents to the page: recorded as the consent form would record it.
    const cm = { id: "cm-01" } as User;
    const consent = await server.kit.record(cm, HER, {
      type: "consent.given",
      data: { scopes: ["processing", "her-page"] },
    });
    expect(consent.kind).toBe("recorded");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    worker = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    phone = await phoneContext.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function noAxeViolations(page: Page) {
    const { violations } = await new AxeBuilder({ page } as never).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
      [],
    );
  }

  it("lets her case manager create a link and a code, given her consent", async () => {
    await loginAndLand(worker, { origin: server.url, username: "casemanager" });
    await worker.goto(`${server.url}/participants/${HER}`);
    await worker.click(`form[action$="/her-page/link"] button`);
    link = (await worker.textContent("#her-link"))!.trim();
    code = (await worker.textContent("#her-code"))!.trim();
    expect(link).toMatch(/\/her\/[\w-]{20,}$/);
    expect(code).toMatch(/^\d{6}$/);
    // A mother without the consent scope gets no link button.
    await worker.goto(`${server.url}/participants/${OTHER}`);
    expect(await worker.locator(`form[action$="/her-page/link"]`).count()).toBe(0);
  }, 60_000);

  it("opens her page by link and code, with only her data, not indexed", async () => {
    const first = await phone.goto(link);
    expect(first?.headers()["x-robots-tag"]).toContain("noindex");
    expect(await phone.textContent("body")).not.toContain("Peeters");
    await noAxeViolations(phone);
    await phone.fill("#code", "000000" === code ? "111111" : "000000");
    await phone.click("button[type=submit]");
    expect(await phone.textContent("[role=alert]")).toBeTruthy();
    await phone.fill("#code", code);
    await phone.click("button[type=submit]");
    await phone.waitForSelector("#topic");
    const text = (await phone.textContent("body"))!;
    expect(text).toContain("Sofie");
    for (const other of ["Benali", "Nadia", "Amina", "Julie", OTHER])
      expect(text).not.toContain(other);
    // Nothing wider than the phone: the page never scrolls sideways.
    expect(
      await phone.evaluate<number>("document.documentElement.scrollWidth"),
    ).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: join(SHOTS, "her-page-phone.png"), fullPage: true });
    await noAxeViolations(phone);
  }, 60_000);

  it("sends her topic as a proposal that the case manager confirms", async () => {
    await phone.fill("#topic", "Kinderopvang in de vakantie");
    await phone.click(`form[action$="/topic"] button`);
    await phone.waitForSelector("[role=status]");
    await noAxeViolations(phone);
    await worker.goto(`${server.url}/participants/${HER}`);
    expect(await worker.textContent(".proposals")).toContain("Kinderopvang in de vakantie");
    await worker.click(`.proposals form[action$="/confirm"] button`);
    await worker.waitForURL(/done=1/);
    const loaded = await server.kit.load(HER, true);
    const answers = loaded!.events.filter((e) => e.type === "proposal.confirmed");
    expect(answers).toHaveLength(1);
    // Confirmed, it is on the group's list, without her name; the group chooses it.
    await worker.goto(`${server.url}/groups/gent-2026-b`);
    const topics = worker.locator("section[aria-labelledby=topics-h]");
    expect(await topics.textContent()).toContain("Kinderopvang in de vakantie");
    expect(await topics.textContent()).not.toContain("Sofie");
    await topics.locator(`form:has(input[value="Kinderopvang in de vakantie"]) button`).click();
    await worker.waitForURL(/groups\/gent-2026-b/);
    const group = await server.kit.group("gent-2026-b");
    expect(group.events.some((e) => e.type === "group-topic.chosen")).toBe(true);
    await phone.reload();
    const chosen = phone.locator("h3:has-text('koos') + p + ul");
    expect(await chosen.textContent()).toContain("Kinderopvang in de vakantie");
  }, 60_000);

  it("sends a step she did as a proposal that marks it done once the case manager confirms it", async () => {
    const step = "Een budgetoverzicht maken";
    const choice = `form[action$="/step"] label:has-text("${step}") input[type=radio]`;
    await phone.check(choice);
    await phone.click(`form[action$="/step"] button`);
    await phone.waitForSelector("[role=status]");
    // Waiting for an answer: not offered again, not ticked.
    expect(await phone.locator(choice).count()).toBe(0);
    const row = phone.locator(`table.grid tr:has-text("${step}")`);
    expect(await row.textContent()).toContain("☐");
    await worker.goto(`${server.url}/participants/${HER}`);
    const proposal = worker.locator(`.proposals li:has-text("${step}")`);
    await proposal.locator(`form[action$="/confirm"] button`).click();
    await worker.waitForURL(/done=1/);
    await phone.reload();
    expect(await row.textContent()).toContain("☒");
    expect(
      await phone.evaluate<number>("document.documentElement.scrollWidth"),
    ).toBeLessThanOrEqual(360);
    await noAxeViolations(phone);
  }, 60_000);

  it("shows a kind message, and nothing else, once the link is revoked", async () => {
    await worker.goto(`${server.url}/participants/${HER}`);
    await worker.click(`form[action$="/her-page/revoke"] button`);
    const response = await phone.goto(link);
    expect(response?.status()).toBe(410);
    const text = (await phone.textContent("body"))!;
    expect(text).not.toContain("Sofie");
    expect(await phone.locator("form, a, table").count()).toBe(0);
    await phone.screenshot({ path: join(SHOTS, "her-page-gone.png"), fullPage: true });
    await noAxeViolations(phone);
  }, 60_000);

  it("shows the same kind message when a link has expired", async () => {
    await worker.goto(`${server.url}/participants/${HER}`);
    await worker.click(`form[action$="/her-page/link"] button`);
    const fresh = (await worker.textContent("#her-link"))!.trim();
    await server.db.run("UPDATE her_links SET expires_at = ? WHERE revoked_at IS NULL", [
      "2000-01-01T00:00:00.000Z",
    ]);
    const response = await phone.goto(fresh);
    expect(response?.status()).toBe(410);
    // In the phone's language: the page knows nothing of her any more.
    const titles = LANGUAGES.map((language) => translator(language)("herLinkGoneTitle"));
    expect(titles).toContain(await phone.textContent("h1"));
    expect(await phone.textContent("body")).not.toContain("Sofie");
    expect(await phone.locator("form, a, table").count()).toBe(0);
    await noAxeViolations(phone);
  }, 60_000);
});
