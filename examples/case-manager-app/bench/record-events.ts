/**
 * Load benchmark: 50 case managers record events at once against the real server (a child
 * process, over loopback HTTP), for 60 s by default. Prints throughput and latency, then
 * checks that no event was lost: every 2xx response has its row in the database.
 *
 *   pnpm bench                                   # SQLite in a temporary file, 60 s
 *   BENCH_DURATION=10 pnpm bench                 # shorter
 *   BENCH_DATABASE_URL=postgres://... pnpm bench # PostgreSQL (its tables are reset!)
 *
 * Ten groups of five trajectories in the active phase; five case managers share each
 * group, so writers to one trajectory race, and the server's optimistic concurrency
 * (version check, retry against the new state) is what keeps every event.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TrajectoryEvent } from "@miriam/schemas";
import { replay } from "@miriam/trajectory";
import autocannon from "autocannon";
import { addGroupStaff, createUser } from "../src/db/accounts";
import { openDatabase } from "../src/db/database";
import { appendToStream } from "../src/db/event-store";
import { dropAll, migrate } from "../src/db/schema";
import { seed } from "../src/domain/seed";
import { timestamp, today } from "../src/domain/time";
import { freePort, login, startServer } from "./_server";

const DURATION = Number(process.env.BENCH_DURATION ?? process.argv[2] ?? 60);
const CONNECTIONS = 50;
const GROUPS = 10;
const PER_GROUP = 5;
const PASSWORD = "bench-password";
const PROJECT = "ocmw-gent-miriam";

const database =
  process.env.BENCH_DATABASE_URL ??
  join(mkdtempSync(join(tmpdir(), "miriam-bench-")), "bench.sqlite");

async function prepare() {
  const db = await openDatabase(database);
  await dropAll(db);
  await migrate(db);
  await seed(db, { today: today(), users: false });
  const day = (n: number) => timestamp(new Date(Date.now() - n * 86_400_000));
  for (let g = 1; g <= GROUPS; g++) {
    const groupId = `bench-g${String(g).padStart(2, "0")}`;
    await appendToStream(db, { kind: "group", id: groupId, groupId, projectId: PROJECT }, 0, [
      {
        id: `${groupId}.001`,
        groupId,
        type: "group.opened",
        at: day(60),
        by: "co-01",
        data: { projectId: PROJECT, caseManagerId: `bench-cm-${g}`, capacity: 15 },
      },
    ]);
    for (let p = 1; p <= PER_GROUP; p++) {
      const trajectoryId = `${groupId}-${p}`;
      const base = { trajectoryId, by: "cm-01" };
      const events = [
        {
          type: "trajectory.referred",
          at: day(50),
          data: {
            projectId: PROJECT,
            groupId,
            referredBy: "mw-01",
            eligibility: { singleMother: true, services: ["living-wage"] },
          },
        },
        { type: "information-talk.held", at: day(49), data: { decision: "interested" } },
        { type: "consent.given", at: day(48), data: { scopes: ["processing"] } },
        {
          type: "intake.held",
          at: day(47),
          data: { location: "home", household: { childrenBirthYears: [2020] }, situation: [] },
        },
        {
          type: "measurement.recorded",
          at: day(46),
          data: {
            timepoint: "t0",
            instrument: { id: "miriam-self-evaluation", version: 1 },
            answers: {},
          },
        },
        {
          type: "plan.agreed",
          at: day(45),
          data: {
            goals: [
              {
                id: "g1",
                domain: "housing",
                description: "Een woning",
                owner: "participant",
                steps: [],
              },
            ],
          },
        },
      ].map((e, i) => ({ ...base, ...e, id: `${trajectoryId}.${i + 1}` })) as TrajectoryEvent[];
      if (replay(events).refused.length > 0) throw new Error("bench setup: refused event");
      await appendToStream(
        db,
        { kind: "trajectory", id: trajectoryId, groupId, projectId: PROJECT },
        0,
        events,
      );
    }
  }
  // Fifty case managers, five per group; hashed in parallel (scrypt runs on the thread pool).
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, i) => {
      const id = `bench-cm-${i + 1}`;
      await createUser(db, {
        id,
        username: id,
        displayName: id,
        role: "case-manager",
        projectId: PROJECT,
        language: "en",
        password: PASSWORD,
      });
      await addGroupStaff(db, `bench-g${String((i % GROUPS) + 1).padStart(2, "0")}`, id);
    }),
  );
  await db.close();
}

async function signIn(base: string, username: string) {
  return {
    ...(await login(base, username, PASSWORD)),
    group: `bench-g${String(((Number(username.split("-").pop()) - 1) % GROUPS) + 1).padStart(2, "0")}`,
  };
}

async function countRows() {
  const db = await openDatabase(database);
  const row = await db.get<{ n: number }>(
    "SELECT COUNT(*) AS n FROM events WHERE type = 'contact.held' AND recorded_by LIKE 'bench-cm-%'",
  );
  await db.close();
  return Number(row?.n ?? 0);
}

const kind = database.startsWith("postgres") ? "PostgreSQL" : "SQLite (WAL, synchronous=FULL)";
process.stdout.write(
  `Preparing ${kind}: ${GROUPS} groups × ${PER_GROUP} trajectories, ${CONNECTIONS} case managers...\n`,
);
await prepare();
const port = await freePort();
const server = await startServer(database, port);
const base = `http://127.0.0.1:${port}`;
try {
  const sessions = await Promise.all(
    Array.from({ length: CONNECTIONS }, (_, i) => signIn(base, `bench-cm-${i + 1}`)),
  );
  let nextSession = 0;
  process.stdout.write(`Recording contacts for ${DURATION} s with ${CONNECTIONS} connections...\n`);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    initialContext: {},
    requests: [
      {
        method: "POST",
        // Each connection is one case manager; each request a contact with a random
        // mother of her group.
        setupRequest: (request, context: { session?: (typeof sessions)[number] }) => {
          context.session ??= sessions[nextSession++ % sessions.length]!;
          const { cookie, csrfToken, group } = context.session;
          const trajectoryId = `${group}-${1 + Math.floor(Math.random() * PER_GROUP)}`;
          return {
            ...request,
            path: `/api/trajectories/${trajectoryId}/events`,
            headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
            body: JSON.stringify({
              type: "contact.held",
              data: { mode: "phone", domains: ["finances"], minutes: 15 },
            }),
          };
        },
      },
    ],
  });
  // Let the server finish what was in flight when the load stopped.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rows = await countRows();
  const ok = result["2xx"];
  const lost = Math.max(0, ok - rows);
  const line = (label: string, value: string) =>
    process.stdout.write(`${label.padEnd(34)}${value}\n`);
  process.stdout.write("\n");
  line("database", kind);
  line("duration", `${DURATION} s, ${CONNECTIONS} concurrent case managers`);
  line(
    "requests",
    `${result.requests.total} (2xx ${ok}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  line(
    "throughput",
    `${result.requests.average.toFixed(0)} events/s (mean), ${result.requests.max} max`,
  );
  line(
    "latency",
    `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  line("rows recorded", String(rows));
  line("events lost (2xx without a row)", String(lost));
  if (rows > ok) line("committed but unanswered at stop", String(rows - ok));
  if (lost > 0 || result.non2xx > 0) {
    process.stdout.write("FAIL: events were lost or refused.\n");
    process.exitCode = 1;
  } else process.stdout.write("OK: every acknowledged event is in the database.\n");
} finally {
  server.kill("SIGTERM");
}
