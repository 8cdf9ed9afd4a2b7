/**
 * Read benchmark: the pages a case manager opens all day, on the database of a large
 * OCMW after five years (`_ocmw.ts`: 10 groups, 1,000 trajectories, most closed), against
 * the real server (a child process, over loopback HTTP). For each route, autocannon with
 * 10 connections (case managers of the five caseloads) for 10 s by default; prints
 * requests per second and the latency p50 / p99 / max. A printed figure, not a test: the
 * targets (p99 under 50 ms on SQLite, under 100 ms on PostgreSQL) are read off it.
 *
 *   pnpm bench                                        # SQLite, then PostgreSQL if set
 *   BENCH_DURATION=5 pnpm bench                       # shorter
 *   TEST_POSTGRES_URL=postgres://... pnpm bench       # PostgreSQL too (its tables are reset!)
 *   BENCH_ONLY=postgres ...                           # one database only
 *   BENCH_ROUTES="group page,search" ...              # some routes only (names as printed)
 *   BENCH_REUSE=true BENCH_SQLITE_FILE=/tmp/x.sqlite  # measure a database seeded before
 *
 * Give PostgreSQL a database of its own (not the tests'), or a schema of its own in a
 * shared database, named in the URL (`?options=-c%20search_path%3Dbench`, created
 * beforehand): the tables are dropped and made again in that schema only.
 *
 * Each line ends with the machine's load average (1 minute) when the route was measured:
 * on a shared machine the latencies follow it, the CPU time per request does not.
 *
 * A route the app does not have (404 on the first request) is listed as absent.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "../src/db/database";
import { dropAll, migrate } from "../src/db/schema";
import { seed } from "../src/domain/seed";
import { today } from "../src/domain/time";
import { caseManagerOf, groupIdOf, OCMW, seedOcmw } from "./_ocmw";
import { freePort, login, startServer } from "./_server";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const PASSWORD = "bench-password";
const PROJECT = "ocmw-gent-miriam";

/**
 * The routes, each with a path per case manager (so the load spreads over caseloads).
 * Search posts its query (a name is never in an address), with the session's CSRF token.
 */
const ROUTES: { name: string; path: (g: number) => string; search?: string }[] = [
  { name: "worklist (/)", path: () => "/" },
  { name: "search", path: () => "/search", search: "an" },
  { name: "groups list", path: () => "/groups" },
  { name: "group page", path: (g) => `/groups/${groupIdOf(g)}` },
  { name: "participants list (API)", path: (g) => `/api/groups/${groupIdOf(g)}/participants` },
  // A mother of the youngest generation: under way, with a long log.
  { name: "participant page", path: (g) => `/participants/${groupIdOf(g)}-6-03` },
];

async function prepare(database: string) {
  const db = await openDatabase(database);
  await dropAll(db);
  await migrate(db);
  await seed(db, { today: today(), users: false });
  const started = performance.now();
  const made = await seedOcmw(db, { projectId: PROJECT, now: new Date(), password: PASSWORD });
  await db.close();
  return { ...made, seconds: (performance.now() - started) / 1000 };
}

/**
 * The server's CPU time so far in ms (Linux /proc), or undefined elsewhere. On a shared
 * machine the latencies move with the load; the CPU time per request does not.
 */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

async function measure(database: string, label: string) {
  const line = (name: string, value: string) =>
    process.stdout.write(`${name.padEnd(28)}${value}\n`);
  if (process.env.BENCH_REUSE !== "true") {
    process.stdout.write(`Preparing ${label}...\n`);
    const made = await prepare(database);
    process.stdout.write(
      `  ${made.trajectories} trajectories, ${made.events} events in ${OCMW.groups} groups, seeded in ${made.seconds.toFixed(0)} s\n`,
    );
  }
  const port = await freePort();
  const server = await startServer(database, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const sessions: { g: number; cookie: string; csrfToken: string }[] = [];
    for (let g = 1; g <= OCMW.groups; g += 2)
      sessions.push({ g, ...(await login(base, caseManagerOf(g), PASSWORD)) });
    process.stdout.write(
      `\n${label}: ${CONNECTIONS} connections, ${DURATION} s per route\n${"route".padEnd(28)}req/s    p50     p99     max   cpu/req (ms)  load\n`,
    );
    const only = process.env.BENCH_ROUTES?.split(",").map((name) => name.trim());
    for (const route of ROUTES.filter((r) => only === undefined || only.includes(r.name))) {
      const post = (session: (typeof sessions)[number]) =>
        route.search === undefined
          ? {}
          : {
              method: "POST" as const,
              body: new URLSearchParams({ q: route.search, _csrf: session.csrfToken }).toString(),
            };
      const probe = await fetch(`${base}${route.path(1)}`, {
        ...post(sessions[0]!),
        headers: {
          cookie: sessions[0]!.cookie,
          "content-type": "application/x-www-form-urlencoded",
        },
        redirect: "manual",
      });
      await probe.arrayBuffer();
      if (probe.status === 404) {
        line(route.name, "absent on this branch (404)");
        continue;
      }
      let next = 0;
      const cpuBefore = cpuMs(server.pid);
      const result = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [
          {
            method: "GET",
            // Each connection is one case manager, on one of her two groups.
            setupRequest: (request, context: { session?: (typeof sessions)[number] }) => {
              context.session ??= sessions[next++ % sessions.length]!;
              const { cookie, g } = context.session;
              return {
                ...request,
                ...post(context.session),
                path: route.path(g + (Math.random() < 0.5 ? 0 : 1)),
                headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
              };
            },
          },
        ],
      });
      const l = result.latency;
      const cpuAfter = cpuMs(server.pid);
      const perRequest =
        cpuBefore === undefined || cpuAfter === undefined
          ? "?"
          : ((cpuAfter - cpuBefore) / Math.max(1, result.requests.total)).toFixed(2);
      const fmt = (n: number) => String(n).padStart(7);
      line(
        route.name,
        `${String(Math.round(result.requests.average)).padStart(5)}${fmt(l.p50)} ${fmt(l.p99)} ${fmt(l.max)} ${perRequest.padStart(8)} ${loadavg()[0]!.toFixed(1).padStart(8)}   ${probe.status}${result.non2xx > 0 && probe.status < 300 ? `, ${result.non2xx} non-2xx` : ""}`,
      );
    }
  } finally {
    server.kill("SIGTERM");
  }
}

// BENCH_ONLY=sqlite or postgres runs one of them.
const targets: [string, string][] = [];
if (process.env.BENCH_ONLY !== "postgres")
  targets.push([
    process.env.BENCH_SQLITE_FILE ??
      join(mkdtempSync(join(tmpdir(), "miriam-bench-")), "read.sqlite"),
    "SQLite (WAL, synchronous=FULL)",
  ]);
if (process.env.TEST_POSTGRES_URL && process.env.BENCH_ONLY !== "sqlite")
  targets.push([process.env.TEST_POSTGRES_URL, "PostgreSQL"]);
for (const [database, label] of targets) await measure(database, label);
