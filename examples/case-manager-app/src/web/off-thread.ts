import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { renderDocument } from "./participant/render-document";

/**
 * Renders a document in a worker thread, so the event loop that serves every user is
 * never blocked by it (the render of a long contact log takes hundreds of milliseconds).
 * One worker, started on first use and kept (unref'd: it never keeps the process alive);
 * requests queue in its message port. If it dies, the next call starts another.
 *
 * The worker loads the app's TypeScript through tsx's API, with the same `@miriam/source`
 * condition as the app, so it runs the same code in development, tests and production.
 */
export function renderDocumentOffThread(
  ...args: Parameters<typeof renderDocument>
): Promise<ReturnType<typeof renderDocument>> {
  const worker = current ?? start();
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, args });
  });
}

/** Starts the worker ahead of the first document (at server start), so no user waits for it. */
export function startDocumentWorker(): void {
  if (current === undefined) start();
}

/** Stops the worker (at server shutdown). */
export async function stopDocumentWorker(): Promise<void> {
  const worker = current;
  current = undefined;
  if (worker) await worker.terminate();
}

interface Pending {
  resolve: (value: ReturnType<typeof renderDocument>) => void;
  reject: (error: Error) => void;
}
const pending = new Map<number, Pending>();
let lastId = 0;
let current: Worker | undefined;

function start(): Worker {
  // require.resolve finds tsx's CommonJS build; the worker imports its ES module twin
  // (the CommonJS one cannot register the ESM hooks from inside an eval'd worker).
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const entry = new URL(
    import.meta.url.endsWith(".ts") ? "./document-worker.ts" : "./document-worker.js",
    import.meta.url,
  ).href;
  const worker = new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, execArgv: ["--conditions=@miriam/source"] },
  );
  worker.unref();
  worker.on("message", ({ id, ok, value, error }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    if (ok) waiting?.resolve(value);
    else waiting?.reject(new Error(`Rendering failed in the worker (${error}).`));
  });
  const fail = (error: Error) => {
    if (current === worker) current = undefined;
    for (const [, waiting] of pending) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", () => fail(new Error("The document worker stopped.")));
  current = worker;
  return worker;
}
