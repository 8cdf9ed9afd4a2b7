import { LANGUAGES } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditView } from "../../src/db/accounts";
import { auditActionLabel, auditActions } from "../../src/db/audit-actions";
import { openDatabase } from "../../src/db/database";
import { DEFERRED_FLUSH_MS } from "../../src/db/deferred-writes";
import { Client, type TestApp, targets, testApp } from "../harness";

describe.each(targets())("audit log on $name", ({ name, url }) => {
  const suite = url === undefined ? describe.skip : describe;
  suite(name, () => {
    let t: TestApp;
    let coordinator: Client;
    let admin: Client;
    beforeAll(async () => {
      t = await testApp(url!);
      // Another OCMW's group and an entry about it.
      await t.db.run(
        "INSERT INTO streams (stream_id, kind, group_id, project_id, created_at) VALUES ('group:other-ocmw-g', 'group', 'other-ocmw-g', 'ocmw-other', '2026-01-01')",
      );
      await t.db.run(
        "INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES ('2026-01-01', 'cm-x', 'group.viewed', 'group:other-ocmw-g', '')",
      );
      coordinator = new Client(t.app);
      admin = new Client(t.app);
      expect((await coordinator.login("coordinator")).status).toBe(200);
      expect((await admin.login("admin")).status).toBe(200);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
    });

    it("shows a coordinator only her own project's entries", async () => {
      await new Client(t.app).login("casemanager");
      const mine = await (await coordinator.request("/admin/audit")).text();
      expect(mine).toContain("cm-01");
      expect(mine).not.toContain("other-ocmw-g");
      const exported = await (await coordinator.request("/admin/audit/export.jsonl")).text();
      expect(exported.length).toBeGreaterThan(0);
      expect(exported).not.toContain("other-ocmw-g");
      // The administrator sees all.
      expect(await (await admin.request("/admin/audit")).text()).toContain("other-ocmw-g");
    });

    it("names every action and kit code in the reader's language, never as a code", async () => {
      const lotte = new Client(t.app);
      await lotte.login("casemanager");
      await lotte.request("/");
      await lotte.request("/calendar");
      for (const language of ["nl", "fr"] as const) {
        await admin.request("/preferences/language", {
          method: "POST",
          form: { language, back: "/admin/audit" },
        });
        const page = await (await admin.request("/admin/audit")).text();
        // Each row: its time, who, then the action (each cell labelled for a phone's cards).
        const rows = [
          ...page.matchAll(/<tr><td[^>]*>.*?<\/td><td[^>]*>[^<]*<\/td><td[^>]*>([^<]*)<\/td>/g),
        ];
        expect(rows.length).toBeGreaterThan(3);
        for (const [, action] of rows) {
          expect(action).not.toMatch(/^[a-z-]+(\.[a-z-]+)*$/);
          expect(auditActions.map((code) => auditActionLabel(code, language))).toContain(
            action!.replaceAll("&#39;", "'"),
          );
        }
        expect(page).toContain(auditActionLabel("worklist.viewed", language));
      }
    });

    it("has words in every language for every action, each its own", () => {
      for (const language of LANGUAGES) {
        const words = auditActions.map((code) => auditActionLabel(code, language));
        expect(new Set(words).size).toBe(auditActions.length);
        for (const [i, code] of auditActions.entries()) expect(words[i]).not.toBe(code);
      }
    });

    it("exports the audit log as JSON Lines for the DPO", async () => {
      const response = await admin.request("/admin/audit/export.jsonl");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain("audit-log.jsonl");
      const lines = (await response.text())
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines.length).toBeGreaterThan(3);
      expect(Object.keys(lines[0]).sort()).toEqual(["action", "at", "detail", "subject", "userId"]);
    });

    it("keeps no typed username of a failed login in clear", async () => {
      const typed = "Sup3r-Secret-typed-in-the-wrong-field";
      expect((await new Client(t.app).login(typed, "whatever")).status).toBe(401);
      const rows = await t.db.all("SELECT * FROM audit_log WHERE action = 'login.failed'");
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain("Secret");
      // The same name gives the same keyed hash, so repeated attempts show.
      await new Client(t.app).login(typed, "again");
      const subjects = (
        await t.db.all<{ subject: string }>(
          "SELECT subject FROM audit_log WHERE action = 'login.failed'",
        )
      ).map((r) => r.subject);
      expect(new Set(subjects).size).toBe(1);
      expect(subjects[0]).toMatch(/^login:[0-9a-f]{32}$/);
    });

    // Page views are written in batches (docs/decisions.md): the request does not wait.
    const viewsOf = async (subject: string) =>
      (
        await t.db.all<{ user_id: string; action: string }>(
          "SELECT user_id, action FROM audit_log WHERE subject = ?",
          [subject],
        )
      ).map((row) => `${row.user_id} ${row.action}`);

    it("records a page view within moments, without the page waiting for the write", async () => {
      const lotte = new Client(t.app);
      await lotte.login("casemanager");
      const before = (await viewsOf("group:gent-2026-b")).length;
      expect((await lotte.request("/groups/gent-2026-b")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, DEFERRED_FLUSH_MS * 5));
      const after = await viewsOf("group:gent-2026-b");
      expect(after.length).toBe(before + 1);
      expect(after.at(-1)).toBe("cm-01 group.viewed");
    });

    it("writes the queued page views when asked and when the database closes", async () => {
      // A second connection to the same database, as a second app process would have.
      const other = await openDatabase(url!);
      auditView(other, "cm-flush", "worklist.viewed", "user:cm-flush");
      await other.flush();
      expect(await viewsOf("user:cm-flush")).toEqual(["cm-flush worklist.viewed"]);
      auditView(other, "cm-close", "calendar.viewed", "user:cm-close");
      auditView(other, "cm-close", "worklist.viewed", "user:cm-close");
      await other.close();
      expect(await viewsOf("user:cm-close")).toEqual([
        "cm-close calendar.viewed",
        "cm-close worklist.viewed",
      ]);
    });

    it("refuses to change or delete an audit entry", async () => {
      await expect(t.db.run("UPDATE audit_log SET detail = 'x'")).rejects.toThrow(/append-only/);
      await expect(t.db.run("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
      const { n } = (await t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log"))!;
      expect(Number(n)).toBeGreaterThan(0);
    });
  });
});
