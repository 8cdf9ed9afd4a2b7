import { Kysely, type Migration, Migrator, sql } from "kysely";
import type { Database } from "./database";

/**
 * The tables, the same in SQLite and PostgreSQL but for the auto-increment column.
 *
 * - `events` is the append-only log of every stream (a trajectory's or a group's).
 *   `UNIQUE (stream_id, version)` is what makes optimistic concurrency safe: two writers
 *   that read the same version cannot both append after it. `event_id` is unique too, so
 *   a form submitted twice records its event once.
 * - `streams` says what a stream is (kind, group, project) so lists need no replay.
 * - `profiles` hold names and contact details: the only personal identifiers, kept apart
 *   from the events so that erasure can remove them; each with a revision that every
 *   change raises, so lists re-read only the profiles that changed.
 * - `projections` hold each trajectory's replayed state, a cache of the log kept in step
 *   with every append (`projection.ts`).
 * - `erasures` is the tombstone of each erasure: the pseudonymous id, when, by whom and on
 *   which legal basis; nothing else about her.
 * - `users`, `group_staff`, `sessions` and `audit_log` are the app's own, not the method's.
 */
type Dialect = Database["dialect"];

/**
 * The schema's migrations, in order. Each is a list of statements per dialect; a
 * migration once released is never edited (a change is a new migration). The first uses
 * `IF NOT EXISTS` so that a database created before migrations existed adopts them.
 */
export const MIGRATIONS: readonly { name: string; up: (dialect: Dialect) => string[] }[] = [
  {
    name: "0001-initial",
    up: (dialect) => {
      const serial =
        dialect === "sqlite"
          ? "INTEGER PRIMARY KEY AUTOINCREMENT"
          : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
      return [
        `CREATE TABLE IF NOT EXISTS projects (
      id TEXT PRIMARY KEY,
      settings TEXT NOT NULL
    )`,
        `CREATE TABLE IF NOT EXISTS streams (
      stream_id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('trajectory', 'group')),
      group_id TEXT NOT NULL,
      project_id TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
        `CREATE INDEX IF NOT EXISTS streams_by_group ON streams (group_id, kind)`,
        `CREATE TABLE IF NOT EXISTS events (
      position ${serial},
      stream_id TEXT NOT NULL REFERENCES streams (stream_id),
      version INTEGER NOT NULL CHECK (version > 0),
      event_id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      data TEXT NOT NULL,
      UNIQUE (stream_id, version)
    )`,
        `CREATE TABLE IF NOT EXISTS profiles (
      trajectory_id TEXT PRIMARY KEY,
      profile TEXT,
      erased_at TEXT
    )`,
        `CREATE TABLE IF NOT EXISTS users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('case-manager', 'coordinator', 'admin')),
      project_id TEXT,
      language TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL
    )`,
        `CREATE TABLE IF NOT EXISTS group_staff (
      group_id TEXT NOT NULL,
      user_id TEXT NOT NULL REFERENCES users (id),
      PRIMARY KEY (group_id, user_id)
    )`,
        `CREATE TABLE IF NOT EXISTS sessions (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id),
      csrf_token TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`,
        `CREATE TABLE IF NOT EXISTS audit_log (
      id ${serial},
      at TEXT NOT NULL,
      user_id TEXT NOT NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      detail TEXT NOT NULL
    )`,
        `CREATE INDEX IF NOT EXISTS audit_by_subject ON audit_log (subject)`,
      ];
    },
  },
  {
    name: "0002-erasure-tombstones",
    up: () => [
      `CREATE TABLE IF NOT EXISTS erasures (
      trajectory_id TEXT PRIMARY KEY,
      erased_at TEXT NOT NULL,
      erased_by TEXT NOT NULL,
      legal_basis TEXT NOT NULL
    )`,
    ],
  },
  {
    name: "0003-append-only-audit",
    up: (dialect) => [
      ...[
        `CREATE TABLE IF NOT EXISTS app_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )`,
      ],
      ...appendOnly(dialect, "audit_log"),
    ],
  },
  {
    // A case manager's agenda feed: only a hash of its secret address is kept.
    name: "0004-calendar-feeds",
    up: () => [
      `CREATE TABLE IF NOT EXISTS calendar_feeds (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        with_names INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      )`,
      "CREATE INDEX IF NOT EXISTS calendar_feeds_user ON calendar_feeds (user_id)",
    ],
  },
  {
    // The replayed state per trajectory (`projection.ts`): rows are made by the appends and
    // by `rebuildStaleProjections`, which the app runs at start.
    name: "0005-projections",
    up: () => [
      `CREATE TABLE IF NOT EXISTS projections (
      trajectory_id TEXT PRIMARY KEY,
      group_id TEXT NOT NULL,
      project_id TEXT NOT NULL,
      kit_version TEXT NOT NULL,
      stream_version INTEGER NOT NULL,
      revision INTEGER NOT NULL,
      last_own_at BIGINT NOT NULL,
      last_attendance_at BIGINT NOT NULL,
      refused INTEGER NOT NULL,
      phase TEXT,
      paused BOOLEAN NOT NULL,
      last_event_at TEXT,
      state TEXT NOT NULL
    )`,
      `CREATE INDEX IF NOT EXISTS projections_by_group ON projections (group_id)`,
    ],
  },
  // Her personal page (issue #20): a link per trajectory, its token and code stored hashed.
  {
    name: "0006-her-page-links",
    up: () => [
      `CREATE TABLE IF NOT EXISTS her_links (
      token_hash TEXT PRIMARY KEY,
      trajectory_id TEXT NOT NULL,
      code_hash TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT,
      failed_codes INTEGER NOT NULL DEFAULT 0,
      session_hash TEXT,
      session_expires_at TEXT
    )`,
      `CREATE INDEX IF NOT EXISTS her_links_by_trajectory ON her_links (trajectory_id)`,
    ],
  },
  // The words the lists show beside her state (her goals, confirmed group topics), so the
  // worklist and the group page read no log; and an index covering the lists' columns. Rows made before it are rebuilt at start
  // (their layout version is older).
  {
    name: "0007-projection-words",
    up: () => [
      `ALTER TABLE projections ADD COLUMN words TEXT NOT NULL DEFAULT '{}'`,
      // The lists' columns, so a caseload is read from the index without touching the
      // rows' snapshots (kilobytes each): half the time of the group page's query.
      `CREATE INDEX IF NOT EXISTS projections_list ON projections (group_id, trajectory_id, project_id, kit_version, stream_version, revision, last_own_at, last_attendance_at, refused, phase, paused, last_event_at)`,
    ],
  },
  // A profile's revision, raised with each change of its text, so a list compares numbers
  // with the profiles it read before and reads (and parses) only the changed ones. A
  // number, no personal data: erasure deletes the row with it all the same.
  {
    name: "0008-profile-revisions",
    up: () => [`ALTER TABLE profiles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0`],
  },
];

/**
 * Brings the schema up to date: runs the migrations not yet applied, in order, recorded
 * in the version table `kysely_migration`, by Kysely's Migrator. It runs them in one
 * transaction under a lock (PostgreSQL: an advisory lock; SQLite: the write lock), so
 * app processes that start together do not race: the first migrates, the others wait
 * and then find nothing left to do. Throws when a migration fails (nothing is applied).
 */
export async function migrate(db: Database): Promise<void> {
  const kysely = new Kysely<unknown>({ dialect: db.migrationDialect() });
  const migrations: Record<string, Migration> = {};
  for (const migration of MIGRATIONS)
    migrations[migration.name] = {
      async up(k) {
        for (const statement of migration.up(db.dialect)) await sql.raw(statement).execute(k);
      },
    };
  // A PostgreSQL database may keep the app in its own schema (`search_path` in the URL's
  // `options`): Kysely's version tables go there too, not to `public`. Only one install
  // per database: without a schema, Kysely takes version tables found in any schema as
  // its own.
  const schema =
    db.dialect === "postgres"
      ? (await db.get<{ schema: string }>("SELECT current_schema() AS schema"))?.schema
      : undefined;
  const migrator = new Migrator({
    db: kysely,
    provider: { getMigrations: async () => migrations },
    ...(schema && schema !== "public" ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message ?? error}`);
  }
}

/**
 * Makes a table append-only for whoever connects as the app: a trigger refuses every
 * UPDATE and DELETE (and, on PostgreSQL, TRUNCATE). Only a DBA who drops the trigger can
 * change history, and that leaves its own trace in the database's logs.
 */
function appendOnly(dialect: Database["dialect"], table: string): string[] {
  if (dialect === "sqlite")
    return ["UPDATE", "DELETE"].map(
      (op) => `CREATE TRIGGER IF NOT EXISTS ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
    );
  return [
    `CREATE OR REPLACE FUNCTION miriam_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
    `DROP TRIGGER IF EXISTS ${table}_append_only ON ${table}`,
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION miriam_append_only()`,
    `DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`,
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
  FOR EACH STATEMENT EXECUTE FUNCTION miriam_append_only()`,
  ];
}

/** Drops every table: for tests that start from an empty database. */
export async function dropAll(db: Database): Promise<void> {
  for (const table of [
    "kysely_migration",
    "kysely_migration_lock",
    "calendar_feeds",
    "her_links",
    "app_secrets",
    "audit_log",
    "sessions",
    "group_staff",
    "users",
    "profiles",
    "projections",
    "erasures",
    "events",
    "streams",
    "projects",
  ]) {
    await db.exec(`DROP TABLE IF EXISTS ${table}`);
  }
}
