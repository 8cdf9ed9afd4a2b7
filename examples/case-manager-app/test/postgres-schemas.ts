import { availableParallelism } from "node:os";
import pg from "pg";

// Vitest runs test files in parallel workers, and six of them reset the PostgreSQL
// tables before each suite (`dropAll`, then the migrations). In one shared schema, one
// worker's reset pulled the tables from under another's migration ("relation
// kysely_migration_lock does not exist"). Each worker gets a schema of its own
// (`test_w<VITEST_POOL_ID>`, see `targets()` in harness.ts), made here once per run.

/**
 * The most workers a run may have (vitest numbers them from 1). Vitest's default is one
 * fewer than the machine's cores; 16 leaves room for a `--maxWorkers` above that on a
 * small machine.
 */
export const MAX_WORKERS = Math.max(16, availableParallelism());

/** The schema of the worker running this file. */
export function workerSchema(): string {
  const id = Number(process.env.VITEST_POOL_ID ?? 1);
  if (!Number.isInteger(id) || id < 1 || id > MAX_WORKERS)
    throw new Error(`VITEST_POOL_ID ${process.env.VITEST_POOL_ID} is outside 1..${MAX_WORKERS}.`);
  return `test_w${id}`;
}

/** The URL of `base` with the worker's schema as its search path. */
export function withWorkerSchema(base: string): string {
  const options = `options=${encodeURIComponent(`-c search_path=${workerSchema()}`)}`;
  return `${base}${base.includes("?") ? "&" : "?"}${options}`;
}

/** Vitest's global setup: makes the workers' schemas when PostgreSQL is there. */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let id = 1; id <= MAX_WORKERS; id++)
      await client.query(`CREATE SCHEMA IF NOT EXISTS test_w${id}`);
  } finally {
    await client.end();
  }
}
