import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// What the benchmarks share: a free port, the real server in a child process (over
// loopback HTTP, as in production), and a signed-in session.

const here = dirname(fileURLToPath(import.meta.url));

/** A TCP port nobody listens on. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts `src/main.ts` on `database` (a SQLite file or a postgres:// URL) and resolves
 * once it listens. `BENCH_SERVER_ENTRY` runs another copy of the app instead (to compare
 * with an older version on the same database); `BENCH_CPU_PROF` writes a CPU profile.
 */
export async function startServer(database: string, port: number): Promise<ChildProcess> {
  const env = {
    ...process.env,
    PORT: String(port),
    MIRIAM_QUIET: "true",
    ...(database.startsWith("postgres")
      ? { DATABASE_URL: database }
      : { MIRIAM_DB_FILE: database, DATABASE_URL: "" }),
  };
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
      "--import",
      "tsx",
      "--conditions=@miriam/source",
      process.env.BENCH_SERVER_ENTRY ?? join(here, "../src/main.ts"),
    ],
    { env, stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("case-manager app on")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

/** A session of `username` through the JSON API: its cookie and CSRF token. */
export async function login(base: string, username: string, password: string) {
  const response = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  return { cookie, csrfToken };
}
