// Statements whose durability may wait a moment (the audit rows of page views), written
// together in one transaction instead of one COMMIT each. On SQLite with synchronous=FULL
// a COMMIT waits for an fsync on the event loop's thread (better-sqlite3 is synchronous):
// one per page view blocked every other request for that long (docs/decisions.md,
// "Page views are audited in batches").

/** What a transaction offers the queue (`Queryable.run`; not imported: database.ts imports this). */
interface Runner {
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** How long a deferred statement may wait before it is written. */
export const DEFERRED_FLUSH_MS = 100;
/** How many deferred statements are written at once at most, without waiting. */
export const DEFERRED_BATCH = 100;

/** The queue of deferred statements of one database. */
export interface DeferredWrites {
  /** Queues a statement; it is written within {@link DEFERRED_FLUSH_MS}. */
  add(sql: string, params: readonly unknown[]): void;
  /** Writes every queued statement now, in one transaction. */
  flush(): Promise<void>;
}

/**
 * A queue of statements written by `transaction` in one go: after
 * {@link DEFERRED_FLUSH_MS}, when {@link DEFERRED_BATCH} are queued, or on `flush`. A
 * write that fails keeps its statements queued for the next one (and `flush` rejects).
 */
export function deferredWrites(
  transaction: (work: (tx: Runner) => Promise<void>) => Promise<void>,
): DeferredWrites {
  let queued: { sql: string; params: readonly unknown[] }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const items = queued;
    queued = [];
    // One write at a time, in the order the statements were queued.
    const done = writing.then(async () => {
      if (items.length === 0) return;
      try {
        await transaction(async (tx) => {
          for (const item of items) await tx.run(item.sql, item.params);
        });
      } catch (error) {
        queued = [...items, ...queued];
        throw error;
      }
    });
    writing = done.catch(() => undefined);
    return done;
  };
  // A timed write that fails is retried with the next one; `flush` (on close) reports it.
  const flushQuietly = () => void flush().catch(() => undefined);

  return {
    add(sql, params) {
      queued.push({ sql, params });
      if (queued.length >= DEFERRED_BATCH) flushQuietly();
      else if (timer === undefined) {
        timer = setTimeout(flushQuietly, DEFERRED_FLUSH_MS);
        // A pending write never keeps the process alive: closing the database flushes it.
        timer.unref();
      }
    },
    flush,
  };
}
