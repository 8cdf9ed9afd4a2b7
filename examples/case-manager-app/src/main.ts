import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, DEMO_USERS } from "./domain/seed";
import { startServer } from "./server";

// Configuration from the environment, with defaults that work on a fresh clone:
//   DATABASE_URL   postgres://... to use PostgreSQL; otherwise an embedded SQLite file
//   MIRIAM_DB_FILE the SQLite file (default: data/miriam.sqlite beside this app)
//   PORT, HOST     where to listen (default 127.0.0.1:3000)
//   COOKIE_SECURE  "true" behind TLS; TRUST_PROXY "true" behind a reverse proxy
const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(process.env.MIRIAM_DB_FILE ?? resolve(here, "../data/miriam.sqlite"));
const database = process.env.DATABASE_URL || file;
if (database === file) mkdirSync(dirname(file), { recursive: true });

const server = await startServer({
  database,
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? "127.0.0.1",
  secureCookies: process.env.COOKIE_SECURE === "true" ? true : "auto",
  trustProxy: process.env.TRUST_PROXY === "true",
  ...(process.env.MIRIAM_QUIET === "true" ? { log: () => undefined } : {}),
});

const where = database === file ? `SQLite ${file}` : "PostgreSQL (DATABASE_URL)";
process.stdout.write(
  [
    "",
    `MIRIAM case-manager app on ${server.url}`,
    `Database: ${where}${server.seeded ? ", seeded with the example cohort" : ""}`,
    `Demo logins (password ${JSON.stringify(DEMO_PASSWORD)}):`,
    ...DEMO_USERS.map(
      (u) =>
        `  ${u.username.padEnd(14)} ${u.role}${u.groups.length ? ` of ${u.groups.join(", ")}` : ""}`,
    ),
    "",
  ].join("\n"),
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
