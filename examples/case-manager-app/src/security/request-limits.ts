import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/**
 * The largest request body each kind of route accepts, in bytes. The app has no upload or
 * import route: a form of the app is a few kilobytes, an API event a few more. A kit
 * choice (docs/decisions.md), generous by two orders of magnitude.
 */
export const BODY_LIMITS = {
  /** HTML forms (urlencoded or multipart). */
  form: 64 * 1024,
  /** JSON of the API (`/api/...`). */
  api: 256 * 1024,
} as const;

/** The body limit of a path. */
export const bodyLimitOf = (path: string): number =>
  path.startsWith("/api/") ? BODY_LIMITS.api : BODY_LIMITS.form;

const limiters = {
  form: bodyLimit({ maxSize: BODY_LIMITS.form, onError: (c) => c.text("Payload too large.", 413) }),
  api: bodyLimit({ maxSize: BODY_LIMITS.api, onError: (c) => c.text("Payload too large.", 413) }),
};

/**
 * Refuses a body over its route's limit with 413. It runs before the session is looked
 * up, so an anonymous client cannot make the server do any work for a large body: a
 * declared `Content-Length` over the limit is refused without reading a byte, and a
 * chunked body is read only up to the limit.
 */
export const limitBodies: MiddlewareHandler = (c, next) =>
  (c.req.path.startsWith("/api/") ? limiters.api : limiters.form)(c, next);

/**
 * Timeouts of the HTTP server against slow clients (slowloris): the headers must arrive
 * within `headersMs`, the whole request within `requestMs`, and an idle keep-alive
 * connection is closed after `keepAliveMs`.
 */
export interface ServerTimeouts {
  readonly headersMs: number;
  readonly requestMs: number;
  readonly keepAliveMs: number;
}

/** The defaults; a kit choice (docs/decisions.md). */
export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};

/** Node's `http.createServer` options for these timeouts. */
export function serverOptionsFor(timeouts: ServerTimeouts) {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // How often Node checks the two timeouts above (default 30 s, too coarse for them).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, timeouts.headersMs / 4)),
  };
}
