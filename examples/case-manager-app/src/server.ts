import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type Database, openDatabase } from "./db/database";
import { rebuildStaleProjections } from "./db/projection";
import { migrate } from "./db/schema";
import { isEmpty, seed } from "./domain/seed";
import { today } from "./domain/time";
import { Trajectories } from "./domain/trajectories";
import { prepareDummyHash } from "./security/passwords";
import { DEFAULT_TIMEOUTS, type ServerTimeouts, serverOptionsFor } from "./security/request-limits";
import { createApp } from "./web/app";
import { startDocumentWorker, stopDocumentWorker } from "./web/off-thread";

export interface ServerOptions {
  /** `postgres://...` or the path of a SQLite file. */
  readonly database: string;
  readonly port?: number;
  readonly host?: string;
  /** Seed an empty database with the example cohort and demo users (default true). */
  readonly seed?: boolean;
  readonly log?: (line: string) => void;
  readonly today?: () => string;
  readonly secureCookies?: boolean | "auto";
  readonly trustProxy?: boolean;
  /** Header, request and keep-alive timeouts against slow clients (default: {@link DEFAULT_TIMEOUTS}). */
  readonly timeouts?: Partial<ServerTimeouts>;
}

export interface RunningServer {
  readonly url: string;
  readonly db: Database;
  readonly kit: Trajectories;
  readonly seeded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database, creates the tables, seeds it if empty, rebuilds stale projection
 * rows, and serves the app.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = await openDatabase(options.database);
  await migrate(db);
  const todayOf = options.today ?? (() => today());
  let seeded = false;
  if (options.seed !== false && (await isEmpty(db))) {
    await seed(db, { today: todayOf() });
    seeded = true;
  }
  // Rows made by another kit version (or before the projection existed) are replayed anew.
  await rebuildStaleProjections(db);
  await prepareDummyHash();
  startDocumentWorker();
  const kit = new Trajectories(db, todayOf);
  const app = createApp({
    kit,
    ...(options.log ? { log: options.log } : {}),
    ...(options.secureCookies === undefined ? {} : { secureCookies: options.secureCookies }),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 3000,
        hostname: options.host ?? "127.0.0.1",
        serverOptions: serverOptionsFor({ ...DEFAULT_TIMEOUTS, ...options.timeouts }),
      },
      () => resolve(s),
    );
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${address.port}`,
    db,
    kit,
    seeded,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopDocumentWorker();
      await db.close();
    },
  };
}
