import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database";
import { dropAll, MIGRATIONS, migrate } from "../../src/db/schema";
import { targets, tsxArgs } from "../harness";

function migrateInChild(file: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      tsxArgs(join(import.meta.dirname, "../fixtures/migrate-once.ts"), file),
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) => resolve({ code, stderr }));
    child.on("error", reject);
  });
}

const sqliteFile = () => join(mkdtempSync(join(tmpdir(), "miriam-migrate-")), "m.sqlite");

describe.each(
  targets().map((target) => ({
    ...target,
    url: target.name === "sqlite" ? sqliteFile() : target.url,
  })),
)("migrations on $name", ({ name, url }) => {
  const suite = url === undefined ? describe.skip : describe;
  suite(name, () => {
    it("records each migration once in a version table, and a second run does nothing", async () => {
      const db = await openDatabase(url!);
      try {
        await dropAll(db);
        await migrate(db);
        await migrate(db);
        const rows = await db.all<{ name: string }>(
          "SELECT name FROM kysely_migration ORDER BY name",
        );
        expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      } finally {
        await db.close();
      }
    });

    it("lets processes that start together on an empty database migrate without a race", async () => {
      if (name === "sqlite") {
        // SQLite waits for its lock on the thread: separate processes, as in production.
        const runs = await Promise.all([1, 2, 3].map(() => migrateInChild(url!)));
        expect(runs.map((r) => `${r.code} ${r.stderr}`)).toEqual(["0 ", "0 ", "0 "]);
        const db = await openDatabase(url!);
        try {
          expect(await db.all("SELECT name FROM kysely_migration")).toHaveLength(MIGRATIONS.length);
        } finally {
          await db.close();
        }
        return;
      }
      for (let round = 0; round < 4; round++) {
        const first = await openDatabase(url!);
        await dropAll(first);
        const others = await Promise.all([1, 2, 3].map(() => openDatabase(url!)));
        const all = [first, ...others];
        try {
          const outcomes = await Promise.allSettled(all.map((db) => migrate(db)));
          expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
          const rows = await first.all("SELECT name FROM kysely_migration");
          expect(rows).toHaveLength(MIGRATIONS.length);
          await first.run(
            "INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES ('t', 'u', 'a', 's', '')",
          );
          await expect(first.run("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
        } finally {
          for (const db of all) await db.close();
        }
      }
    }, 60_000);

    it("adopts a database created before migrations existed", async () => {
      const db = await openDatabase(url!);
      try {
        await dropAll(db);
        for (const statement of MIGRATIONS[0]!.up(db.dialect)) await db.exec(statement);
        await db.run("INSERT INTO projects (id, settings) VALUES ('p', '{}')");
        await migrate(db);
        expect(await db.get("SELECT id FROM projects")).toEqual({ id: "p" });
        expect(await db.all("SELECT name FROM kysely_migration")).toHaveLength(MIGRATIONS.length);
      } finally {
        await db.close();
      }
    });
  });
});

describe("the migrations' documentation", () => {
  it("lists every migration in the README, in order, for vendors who reuse the store", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
    const listed = [...readme.matchAll(/^\| `(\d{4}-[a-z-]+)`/gm)].map((match) => match[1]);
    expect(listed).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
