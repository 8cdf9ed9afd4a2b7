// Runs in a worker thread (see off-thread.ts): renders documents, the one piece of a
// request's work that grows with the length of a log (a contact log of a thousand
// contacts takes several hundred milliseconds), so it never holds up other users.
import { parentPort } from "node:worker_threads";
import { renderDocument } from "./participant/render-document";

type Args = Parameters<typeof renderDocument>;

parentPort!.on("message", ({ id, args }: { id: number; args: Args }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: renderDocument(...args) });
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, error: (error as Error).name });
  }
});
