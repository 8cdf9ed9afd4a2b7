import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Queryable } from "../../db/database";

// Her personal page's links (issue #20). The link's token and her short code are stored
// only as hashes, like session tokens: a copy of the database opens no page. A link
// expires (LINK_DAYS, docs/decisions.md) and can be revoked; a new link revokes the old.

/** How long a link works: a plan is updated about monthly, and she gets a new printout then. */
export const LINK_DAYS = 30;
/** How long her page stays open after she typed her code. */
export const PAGE_SESSION_MINUTES = 30;
/** Wrong codes before the link stops working: the code is short, so guesses are few. */
export const MAX_FAILED_CODES = 5;

const hash = (value: string) => createHash("sha256").update(value).digest("base64url");
// The code is hashed with the link's token, so the same code on two links differs.
const codeHash = (token: string, code: string) => hash(`${token}:${code.replace(/\s+/g, "")}`);

/** What a link is now. */
export type LinkState =
  | { readonly kind: "ok"; readonly trajectoryId: string; readonly tokenHash: string }
  | { readonly kind: "gone" };

interface LinkRow {
  token_hash: string;
  trajectory_id: string;
  code_hash: string;
  expires_at: string;
  revoked_at: string | null;
  failed_codes: number;
  session_hash: string | null;
  session_expires_at: string | null;
}

/** Creates her link (revoking any earlier one): the token for the address and her code. */
export async function createLink(
  db: Queryable,
  trajectoryId: string,
  createdBy: string,
  now = new Date(),
): Promise<{ token: string; code: string; expiresAt: string }> {
  await revokeLinks(db, trajectoryId, now);
  const token = randomBytes(24).toString("base64url");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const expiresAt = new Date(now.getTime() + LINK_DAYS * 86_400_000).toISOString();
  await db.run(
    "INSERT INTO her_links (token_hash, trajectory_id, code_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
    [hash(token), trajectoryId, codeHash(token, code), createdBy, now.toISOString(), expiresAt],
  );
  return { token, code, expiresAt };
}

/** Revokes every link of hers. */
export async function revokeLinks(db: Queryable, trajectoryId: string, now = new Date()) {
  await db.run(
    "UPDATE her_links SET revoked_at = ?, session_hash = NULL WHERE trajectory_id = ? AND revoked_at IS NULL",
    [now.toISOString(), trajectoryId],
  );
}

/** Her link that works now, if any (for the case manager's page). */
export async function activeLink(
  db: Queryable,
  trajectoryId: string,
  now = new Date(),
): Promise<{ expiresAt: string } | undefined> {
  const row = await db.get<{ expires_at: string }>(
    "SELECT expires_at FROM her_links WHERE trajectory_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC",
    [trajectoryId, now.toISOString()],
  );
  return row === undefined ? undefined : { expiresAt: row.expires_at };
}

async function row(db: Queryable, token: string): Promise<LinkRow | undefined> {
  return db.get<LinkRow>("SELECT * FROM her_links WHERE token_hash = ?", [hash(token)]);
}

const works = (link: LinkRow | undefined, now: Date): link is LinkRow =>
  link !== undefined &&
  link.revoked_at === null &&
  link.expires_at > now.toISOString() &&
  Number(link.failed_codes) < MAX_FAILED_CODES;

/** Whether a link works; unknown, revoked, expired and locked links are all "gone". */
export async function linkState(
  db: Queryable,
  token: string,
  now = new Date(),
): Promise<LinkState> {
  const link = await row(db, token);
  return works(link, now)
    ? { kind: "ok", trajectoryId: link.trajectory_id, tokenHash: link.token_hash }
    : { kind: "gone" };
}

/**
 * Checks her code. Right: opens a page session and returns its token (for a cookie).
 * Wrong: counts the failure; after {@link MAX_FAILED_CODES} the link stops working.
 */
export async function enterCode(
  db: Queryable,
  token: string,
  code: string,
  now = new Date(),
): Promise<{ kind: "open"; session: string } | { kind: "wrong" } | { kind: "gone" }> {
  const link = await row(db, token);
  if (!works(link, now)) return { kind: "gone" };
  const given = Buffer.from(codeHash(token, code));
  const stored = Buffer.from(link.code_hash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    await db.run("UPDATE her_links SET failed_codes = failed_codes + 1 WHERE token_hash = ?", [
      link.token_hash,
    ]);
    return { kind: "wrong" };
  }
  const session = randomBytes(24).toString("base64url");
  await db.run(
    "UPDATE her_links SET failed_codes = 0, session_hash = ?, session_expires_at = ? WHERE token_hash = ?",
    [
      hash(session),
      new Date(now.getTime() + PAGE_SESSION_MINUTES * 60_000).toISOString(),
      link.token_hash,
    ],
  );
  return { kind: "open", session };
}

/** Her trajectory when the link works and the page session is hers and current. */
export async function openSession(
  db: Queryable,
  token: string,
  session: string | undefined,
  now = new Date(),
): Promise<string | undefined> {
  if (session === undefined || session === "") return undefined;
  const link = await row(db, token);
  if (!works(link, now) || link.session_hash === null || link.session_expires_at === null)
    return undefined;
  if (link.session_expires_at <= now.toISOString()) return undefined;
  const given = Buffer.from(hash(session));
  const stored = Buffer.from(link.session_hash);
  return given.length === stored.length && timingSafeEqual(given, stored)
    ? link.trajectory_id
    : undefined;
}

/** The form token of her page session: derived from it, so it needs no storage. */
export const formToken = (session: string) => hash(`form:${session}`);
