import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database";
import { tsxArgs } from "./harness";

describe("SQLite durability", () => {
  it("loses nothing committed when the writer is killed mid-write", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "miriam-crash-")), "crash.sqlite");
    const writer = spawn(
      process.execPath,
      tsxArgs(join(import.meta.dirname, "fixtures/writer.ts"), file),
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let acknowledged = 0;
    await new Promise<void>((resolve, reject) => {
      writer.stdout.on("data", (chunk: Buffer) => {
        for (const match of chunk.toString().matchAll(/committed (\d+)/g))
          acknowledged = Number(match[1]);
        // Kill it without warning (no exit handler, no checkpoint) while it writes.
        if (acknowledged >= 200 && writer.exitCode === null) writer.kill("SIGKILL");
      });
      writer.on("exit", () => resolve());
      writer.on("error", reject);
    });
    expect(acknowledged).toBeGreaterThanOrEqual(200);

    const db = await openDatabase(file);
    const rows = await db.all<{ version: number }>(
      "SELECT version FROM events WHERE stream_id = 'group:crash-g' ORDER BY version",
    );
    const check = await db.get<{ integrity_check: string }>("PRAGMA integrity_check");
    await db.close();
    expect(check?.integrity_check).toBe("ok");
    // Every acknowledged commit is there, and the log has no gap.
    expect(rows.length).toBeGreaterThanOrEqual(acknowledged);
    expect(rows.map((r) => Number(r.version))).toEqual(rows.map((_, i) => i + 1));
  });
});
