import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "./database";

// A worker's agenda feed: a secret address her agenda app polls. Only the SHA-256 of its
// token is stored (like session tokens), so a copy of the database does not reveal a
// working address; a new address revokes the previous one; revoked addresses stay as
// rows (when, by whom) for the record.

const hashOf = (token: string) => createHash("sha256").update(token).digest("base64url");

/** The feed a token opens, if it is still valid. */
export interface CalendarFeed {
  readonly userId: string;
  /** Whether the feed shows the mothers' first names (else no name at all). */
  readonly withNames: boolean;
  readonly createdAt: string;
}

/** Makes a new feed for a user, revoking her previous one; returns its secret token. */
export async function createFeed(db: Queryable, userId: string, withNames: boolean) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date().toISOString();
  await db.run(
    "UPDATE calendar_feeds SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
    [now, userId],
  );
  await db.run(
    "INSERT INTO calendar_feeds (token_hash, user_id, with_names, created_at) VALUES (?, ?, ?, ?)",
    [hashOf(token), userId, withNames ? 1 : 0, now],
  );
  return token;
}

/** Revokes a user's feed; the number of feeds revoked (0 or 1). */
export function revokeFeeds(db: Queryable, userId: string): Promise<number> {
  return db.run(
    "UPDATE calendar_feeds SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
    [new Date().toISOString(), userId],
  );
}

/** A user's valid feed, if she has one. */
export async function activeFeed(db: Queryable, userId: string): Promise<CalendarFeed | undefined> {
  const row = await db.get<{ with_names: number; created_at: string }>(
    "SELECT with_names, created_at FROM calendar_feeds WHERE user_id = ? AND revoked_at IS NULL",
    [userId],
  );
  return row && { userId, withNames: Number(row.with_names) === 1, createdAt: row.created_at };
}

/** The valid feed a token opens, if any. */
export async function feedOfToken(db: Queryable, token: string): Promise<CalendarFeed | undefined> {
  const row = await db.get<{ user_id: string; with_names: number; created_at: string }>(
    "SELECT user_id, with_names, created_at FROM calendar_feeds WHERE token_hash = ? AND revoked_at IS NULL",
    [hashOf(token)],
  );
  return (
    row && {
      userId: row.user_id,
      withNames: Number(row.with_names) === 1,
      createdAt: row.created_at,
    }
  );
}
