import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { audit, authenticate, createSession, failedLoginSubject, type User } from "../db/accounts";
import type { Queryable } from "../db/database";
import type { LoginThrottle } from "../security/throttle";

/** What a login attempt came to. */
export type LoginOutcome =
  | {
      readonly kind: "signed-in";
      readonly user: User;
      readonly token: string;
      readonly csrfToken: string;
    }
  | { readonly kind: "failed" }
  /** Too many failures lately: try again after this many seconds. The password was not checked. */
  | { readonly kind: "throttled"; readonly retryAfterSeconds: number };

/**
 * The client's address: the socket's peer, or behind a trusted reverse proxy the address
 * the proxy appended last to X-Forwarded-For (the ones before it are the client's claim).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // No socket (a request made in-process, as the tests do).
    return "unknown";
  }
}

/**
 * One login attempt, for the form and the API alike: throttled per address and account
 * (see {@link LoginThrottle}), checked against the stored hash (or the dummy hash, in the
 * same time), audited without the typed name, and a session opened when it succeeds.
 */
export async function attemptLogin(
  db: Queryable,
  throttle: LoginThrottle,
  address: string,
  username: string,
  password: string,
): Promise<LoginOutcome> {
  const wait = throttle.wait(address, username);
  if (wait > 0) return { kind: "throttled", retryAfterSeconds: Math.ceil(wait / 1000) };
  const user = await authenticate(db, username, password);
  if (user === undefined) {
    throttle.failed(address, username);
    await audit(db, "-", "login.failed", await failedLoginSubject(db, username));
    return { kind: "failed" };
  }
  throttle.succeeded(address, username);
  const session = await createSession(db, user.id);
  return { kind: "signed-in", user, ...session };
}
