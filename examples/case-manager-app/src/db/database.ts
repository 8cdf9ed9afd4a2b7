import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
} from "kysely";
import pg from "pg";
import { deferredWrites } from "./deferred-writes";

/**
 * The one database interface the app uses. Both implementations run the **same SQL**:
 * statements are written once with `?` placeholders, which the PostgreSQL side numbers
 * (`$1`, `$2`...). Only the DDL differs (see `schema.ts`), and only where the two
 * dialects must (an auto-increment column).
 */
export interface Queryable {
  /** Rows of a query. */
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

export interface Database extends Queryable {
  readonly dialect: "sqlite" | "postgres";
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it
   * throws. A crash before COMMIT loses the whole transaction and nothing else.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Queues a statement whose durability may wait a moment (the audit row of a page
   * view): it is written with the others queued within 100 ms, in one transaction, and at
   * the latest by {@link Database.flush} or `close`. A crash can lose the queued ones.
   */
  defer(sql: string, params: readonly unknown[]): void;
  /** Writes the statements queued by {@link Database.defer} now. */
  flush(): Promise<void>;
  /** Runs DDL (several statements). */
  exec(sql: string): Promise<void>;
  /**
   * Makes rows deleted or overwritten so far unreadable in the database's own files, so
   * erased data cannot be recovered from them. SQLite (which runs with `secure_delete`):
   * moves the WAL into the database file and truncates it, then rebuilds the file
   * (VACUUM). PostgreSQL: `VACUUM FULL` of the tables that hold personal data, which
   * writes them anew without the dead row versions. Outside any transaction; it holds the
   * database for its duration (seconds on a large database).
   */
  compact(tables: readonly string[]): Promise<void>;
  /**
   * The connection as a Kysely dialect, for the migration library (`schema.ts`). It
   * shares this database's connection (SQLite) or pool (PostgreSQL): never destroy the
   * Kysely instance made on it, close this database instead.
   */
  migrationDialect(): Dialect;
  /** Writes the deferred statements, then closes the connection (or pool). */
  close(): Promise<void>;
}

export type Row = Record<string, unknown>;

/** A unique constraint refused a row: used for optimistic concurrency and idempotency. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/**
 * Opens the database: PostgreSQL when a `postgres://` URL is given, otherwise an embedded
 * SQLite file (created if missing).
 */
export async function openDatabase(target: string): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(target)) return openPostgres(target);
  return openSqlite(target);
}

// ---------------------------------------------------------------------------------------
// SQLite (better-sqlite3): synchronous calls behind the async interface.
// ---------------------------------------------------------------------------------------

function openSqlite(file: string): Database {
  const db = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes every COMMIT durable
  // (fsync before it returns), so a crash or power cut loses nothing committed.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  // Deleted and overwritten content is overwritten with zeros, not left in free pages.
  db.pragma("secure_delete = ON");

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const bind = (params: readonly unknown[] = []) =>
    params.map((value) => (typeof value === "boolean" ? (value ? 1 : 0) : value));
  const direct: Queryable = {
    async all<T>(sql: string, params?: readonly unknown[]) {
      return prepare(sql).all(...bind(params)) as T[];
    },
    async get<T>(sql: string, params?: readonly unknown[]) {
      return prepare(sql).get(...bind(params)) as T | undefined;
    },
    async run(sql: string, params?: readonly unknown[]) {
      return prepare(sql).run(...bind(params)).changes;
    },
  };

  // One connection serves every request, and a transaction spans several awaits: a lock
  // keeps other requests' statements out of an open transaction (they would otherwise
  // read its uncommitted rows on the same connection).
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = lock.then(work, work);
    lock = result.catch(() => undefined);
    return result;
  };

  // Group commit. With synchronous=FULL every COMMIT waits for an fsync, and better-sqlite3
  // waits on the event loop's thread. Transactions asked for in the same turn of the event
  // loop therefore share one COMMIT: each runs in its own SAVEPOINT (a failing one is rolled
  // back alone), and each caller hears back only after the shared COMMIT is on disk.
  interface Pending {
    work: (tx: Queryable) => Promise<unknown>;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }
  let batch: Pending[] = [];
  const commitBatch = async () => {
    const items = batch;
    batch = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      // IMMEDIATE takes the write lock at once: another process writing the same file
      // waits (busy_timeout) instead of failing halfway.
      db.exec("BEGIN IMMEDIATE");
      for (const item of items) {
        db.exec("SAVEPOINT one");
        try {
          outcomes.push({ ok: true, value: await item.work(direct) });
          db.exec("RELEASE one");
        } catch (error) {
          db.exec("ROLLBACK TO one");
          db.exec("RELEASE one");
          outcomes.push({ ok: false, error });
        }
      }
      db.exec("COMMIT");
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      for (const item of items) item.reject(error);
      return;
    }
    items.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  };

  const transaction = <T>(work: (tx: Queryable) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      batch.push({ work, resolve, reject } as Pending);
      if (batch.length === 1) setImmediate(() => void exclusive(commitBatch));
    });
  const deferred = deferredWrites(transaction);

  return {
    dialect: "sqlite",
    all: (sql, params) => exclusive(() => direct.all(sql, params)),
    get: (sql, params) => exclusive(() => direct.get(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    transaction,
    defer: deferred.add,
    flush: deferred.flush,
    exec: (sql) => exclusive(async () => void db.exec(sql)),
    migrationDialect: () => new LockingSqliteDialect(db),
    compact: () =>
      exclusive(async () => {
        // TRUNCATE empties the WAL (old page images hold the erased values); VACUUM
        // rebuilds the file without free pages; the second checkpoint moves the rebuilt
        // pages out of the WAL.
        db.pragma("wal_checkpoint(TRUNCATE)");
        db.exec("VACUUM");
        db.pragma("wal_checkpoint(TRUNCATE)");
      }),
    close: async () => {
      await deferred.flush();
      await exclusive(async () => void db.close());
    },
  };
}

/**
 * Kysely's SQLite adapter runs migrations without a transaction or a lock, trusting that
 * one process holds the file. Several app processes may share it, so here the migrations
 * run in one `BEGIN IMMEDIATE` transaction: SQLite's write lock is taken at once (another
 * process waits, `busy_timeout`) and DDL is transactional in SQLite.
 */
class LockingSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl() {
    return true;
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class LockingSqliteDialect extends SqliteDialect {
  constructor(private readonly database: BetterSqlite3.Database) {
    super({ database });
  }
  override createAdapter() {
    return new LockingSqliteAdapter();
  }
  override createDriver() {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

// ---------------------------------------------------------------------------------------
// PostgreSQL (node-postgres): a pool; a transaction holds one client.
// ---------------------------------------------------------------------------------------

/** `?` placeholders to `$n`. The app's SQL never has `?` inside string literals. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// COUNT(*) and BIGINT arrive as strings by default; the app's numbers are small.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

function clientQueryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numbered(sql), params as unknown[])).rows as T[];
    },
    async get<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numbered(sql), params as unknown[])).rows[0] as T | undefined;
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numbered(sql), params as unknown[])).rowCount ?? 0;
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's error (server restart) must not crash the process; the next query
  // gets a fresh client.
  pool.on("error", () => undefined);
  await pool.query("SELECT 1");
  const direct = clientQueryable(pool);
  const transaction = async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(clientQueryable(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const deferred = deferredWrites(transaction);
  return {
    dialect: "postgres",
    ...direct,
    transaction,
    defer: deferred.add,
    flush: deferred.flush,
    async exec(sql) {
      await pool.query(sql);
    },
    migrationDialect: () => new PostgresDialect({ pool }),
    async compact(tables) {
      for (const table of tables) {
        if (!/^[a-z_]+$/.test(table)) throw new Error("compact: a table name was expected.");
        await pool.query(`VACUUM FULL ${table}`);
      }
    },
    async close() {
      await deferred.flush();
      await pool.end();
    },
  };
}
