import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../src/db/database";
import { dropAll, migrate } from "../src/db/schema";
import { DEMO_PASSWORD, seed } from "../src/domain/seed";
import { Trajectories } from "../src/domain/trajectories";
import { createApp } from "../src/web/app";
import { withWorkerSchema } from "./postgres-schemas";

/** Node's arguments to run one of the app's TypeScript files in a child process. */
export const tsxArgs = (file: string, ...args: string[]) => [
  "--import",
  "tsx",
  "--conditions=@miriam/source",
  file,
  ...args,
];

/** The day the tests live on: due actions and the current demo group are dated from it. */
export const TODAY = "2026-11-20";

export interface Target {
  readonly name: "sqlite" | "postgres";
  /** Undefined when the database is not available here (the tests then skip). */
  readonly url: string | undefined;
}

/**
 * The databases the API tests run against. PostgreSQL needs TEST_POSTGRES_URL, which
 * `.ci/run` always sets after starting a real server; locally, without it, those tests
 * are skipped with a message.
 */
export function targets(): Target[] {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (!postgres && process.env.CI)
    throw new Error(
      "CI must set TEST_POSTGRES_URL (see .ci/run): the PostgreSQL tests may not skip there.",
    );
  if (!postgres)
    console.info(
      "TEST_POSTGRES_URL is not set: the PostgreSQL API tests are skipped (CI always runs them).",
    );
  return [
    { name: "sqlite", url: join(mkdtempSync(join(tmpdir(), "miriam-app-")), "test.sqlite") },
    { name: "postgres", url: postgres ? withWorkerSchema(postgres) : undefined },
  ];
}

export interface TestApp {
  readonly db: Database;
  readonly kit: Trajectories;
  readonly app: ReturnType<typeof createApp>;
  readonly logs: string[];
  close(): Promise<void>;
}

/** A fresh, seeded database and the app on it; requests go through `app.request`. */
export async function testApp(url: string): Promise<TestApp> {
  const db = await openDatabase(url);
  await dropAll(db);
  await migrate(db);
  await seed(db, { today: TODAY });
  const kit = new Trajectories(db, () => TODAY);
  const logs: string[] = [];
  const app = createApp({ kit, log: (line) => logs.push(line) });
  return { db, kit, app, logs, close: () => db.close() };
}

/** A signed-in API client: keeps the session cookie and sends the CSRF token. */
export class Client {
  private cookie = "";
  csrf = "";
  constructor(private readonly app: TestApp["app"]) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<Response> {
    const response = await this.app.request("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    const set = response.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0]!;
    if (response.ok)
      this.csrf = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
    return response;
  }

  request(
    path: string,
    init: {
      method?: string;
      json?: unknown;
      /** A form body; a list is sent as the same name repeated (checkboxes). */
      form?: Record<string, string | readonly string[]>;
      csrf?: string | null;
    } = {},
  ) {
    const headers: Record<string, string> = { cookie: this.cookie };
    const csrf = init.csrf === undefined ? this.csrf : init.csrf;
    if (csrf !== null && init.method && init.method !== "GET") headers["x-csrf-token"] = csrf;
    let body: string | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    } else if (init.form !== undefined) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(
        Object.entries(init.form).flatMap(([name, value]) =>
          (typeof value === "string" ? [value] : value).map((one) => [name, one]),
        ),
      ).toString();
    }
    return this.app.request(path, {
      method: init.method ?? "GET",
      headers,
      ...(body === undefined ? {} : { body }),
    });
  }

  async json<T = Record<string, unknown>>(
    path: string,
    init: Parameters<Client["request"]>[1] = {},
  ) {
    const response = await this.request(path, init);
    return { status: response.status, body: (await response.json()) as T };
  }
}

/** A fresh app on SQLite with the demo's case manager signed in (close `t` after). */
export async function signedInCaseManager(): Promise<{ t: TestApp; lotte: Client }> {
  const sqlite = targets().find((target) => target.name === "sqlite")!;
  const t = await testApp(sqlite.url!);
  const lotte = new Client(t.app);
  const response = await lotte.login("casemanager");
  if (response.status !== 200) throw new Error(`The case manager's login gave ${response.status}.`);
  return { t, lotte };
}
