// The retention command: lists, then erases, the closed trajectories past their project's
// retention period. Run it daily (cron, systemd timer) with the app's configuration:
//   pnpm --filter @miriam/example-case-manager-app retention -- --dry-run   (list only)
//   pnpm --filter @miriam/example-case-manager-app retention                (erase)
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "./db/database";
import { migrate } from "./db/schema";
import { enforceRetention } from "./domain/retention";
import { today } from "./domain/time";
import { Trajectories } from "./domain/trajectories";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--dry-run");
if (unknown.length > 0) {
  process.stderr.write(`Unknown argument ${unknown[0]}. Usage: retention [--dry-run]\n`);
  process.exit(2);
}
const dryRun = args.includes("--dry-run");
const here = fileURLToPath(new URL(".", import.meta.url));
const database =
  process.env.DATABASE_URL ||
  resolve(process.env.MIRIAM_DB_FILE ?? resolve(here, "../data/miriam.sqlite"));
const db = await openDatabase(database);
await migrate(db);
const kit = new Trajectories(db);
const done = await enforceRetention(kit, process.env.MIRIAM_TODAY ?? today(), { dryRun });
for (const item of done)
  process.stdout.write(
    `${dryRun ? "would erase" : "erased"} ${item.trajectoryId} (project ${item.projectId}, closed ${item.closedOn}, kept ${item.monthsAfterClosing} months)\n`,
  );
process.stdout.write(
  `${done.length} trajectory(ies) past retention${dryRun ? " (dry run: nothing erased)" : " erased"}.\n`,
);
await db.close();
