import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Language } from "@miriam/schemas";
import { dummyHash, hashPassword, verifyPassword } from "../security/passwords";
import type { AuditAction } from "./audit-actions";
import type { Database, Queryable } from "./database";

export type Role = "case-manager" | "coordinator" | "admin";

/** A worker who uses the app. `id` is her pseudonymous worker id, as in events' `by`. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** The project (OCMW) she works for; null for a system administrator. */
  readonly projectId: string | null;
  readonly language: Language;
  readonly active: boolean;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  project_id: string | null;
  language: Language;
  active: number;
  password_hash: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  projectId: row.project_id,
  language: row.language,
  active: Number(row.active) === 1,
});

const USER_COLUMNS =
  "id, username, display_name, role, project_id, language, active, password_hash";

export async function createUser(
  db: Queryable,
  user: Omit<User, "active"> & { password: string },
): Promise<void> {
  await db.run(
    "INSERT INTO users (id, username, display_name, role, project_id, language, password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
    [
      user.id,
      user.username,
      user.displayName,
      user.role,
      user.projectId,
      user.language,
      await hashPassword(user.password),
      new Date().toISOString(),
    ],
  );
}

export async function listUsers(db: Queryable): Promise<User[]> {
  const rows = await db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY role, id`);
  return rows.map(toUser);
}

export async function findUser(db: Queryable, id: string): Promise<User | undefined> {
  const row = await db.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
  return row === undefined ? undefined : toUser(row);
}

/** The user if the password is right and the account active; same time either way. */
export async function authenticate(
  db: Queryable,
  username: string,
  password: string,
): Promise<User | undefined> {
  const row = await db.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`, [
    username,
  ]);
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
  return ok && row !== undefined && Number(row.active) === 1 ? toUser(row) : undefined;
}

export async function setPassword(db: Queryable, userId: string, password: string) {
  await db.run("UPDATE users SET password_hash = ? WHERE id = ?", [
    await hashPassword(password),
    userId,
  ]);
  // A new password ends every open session of that user.
  await db.run("DELETE FROM sessions WHERE user_id = ?", [userId]);
}

export async function setActive(db: Queryable, userId: string, active: boolean) {
  await db.run("UPDATE users SET active = ? WHERE id = ?", [active ? 1 : 0, userId]);
  if (!active) await db.run("DELETE FROM sessions WHERE user_id = ?", [userId]);
}

export async function setLanguage(db: Queryable, userId: string, language: Language) {
  await db.run("UPDATE users SET language = ? WHERE id = ?", [language, userId]);
}

// ---------------------------------------------------------------------------------------
// Group staff: which case managers work with which group.
// ---------------------------------------------------------------------------------------

export async function addGroupStaff(db: Queryable, groupId: string, userId: string) {
  await db.run("INSERT INTO group_staff (group_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [
    groupId,
    userId,
  ]);
}

export async function groupsOfUser(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db.all<{ group_id: string }>(
    "SELECT group_id FROM group_staff WHERE user_id = ? ORDER BY group_id",
    [userId],
  );
  return rows.map((row) => row.group_id);
}

// ---------------------------------------------------------------------------------------
// Sessions: a random token in an HttpOnly cookie; only its hash is stored, so a copy of
// the database does not hold usable sessions. Each session has its CSRF token.
// ---------------------------------------------------------------------------------------

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

const SESSION_HOURS = 10;
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export async function createSession(
  db: Queryable,
  userId: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.run(
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
    [
      hashToken(token),
      userId,
      csrfToken,
      now.toISOString(),
      new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
    ],
  );
  return { token, csrfToken };
}

export async function findSession(db: Queryable, token: string): Promise<Session | undefined> {
  const tokenHash = hashToken(token);
  const row = await db.get<UserRow & { csrf_token: string; expires_at: string }>(
    `SELECT u.id, u.username, u.display_name, u.role, u.project_id, u.language, u.active, u.password_hash, s.csrf_token, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    [tokenHash],
  );
  if (row === undefined || Number(row.active) !== 1) return undefined;
  if (row.expires_at < new Date().toISOString()) {
    await db.run("DELETE FROM sessions WHERE token_hash = ?", [tokenHash]);
    return undefined;
  }
  return { user: toUser(row), csrfToken: row.csrf_token, tokenHash };
}

export async function deleteSession(db: Queryable, tokenHash: string) {
  await db.run("DELETE FROM sessions WHERE token_hash = ?", [tokenHash]);
}

// ---------------------------------------------------------------------------------------
// Audit log: who viewed or changed what. Subjects are pseudonymous ids, never names.
// ---------------------------------------------------------------------------------------

export interface AuditEntry {
  readonly at: string;
  readonly userId: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: string;
}

/**
 * Records an audit entry, in the caller's transaction when given one. Outside a
 * transaction on SQLite, the entry goes through `transaction`, so the entries of page
 * views made at the same moment share one COMMIT (one fsync) instead of one each: a
 * group page seen by ten case managers at once waited for ten fsyncs in a row.
 */
export async function audit(
  db: Queryable | Database,
  userId: string,
  action: AuditAction,
  subject: string,
  detail = "",
): Promise<void> {
  const insert = (q: Queryable) =>
    q.run(INSERT_AUDIT, [new Date().toISOString(), userId, action, subject, detail]);
  if ("transaction" in db && db.dialect === "sqlite") await db.transaction(insert);
  else await insert(db);
}

const INSERT_AUDIT =
  "INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)";

/** The audit actions of reading (a page or a list seen, a search made): {@link auditView}. */
export type ViewAction = Extract<AuditAction, `${string}.viewed` | "participants.searched">;

/**
 * Records that a user saw something, with the time she saw it. Unlike {@link audit}, the
 * request does not wait for the row: it is queued (`Database.defer`) and written with the
 * other views of the next 100 ms in one transaction, and when the database closes. A crash
 * can lose the views of those last 100 ms; a write's audit row never waits like this
 * (docs/decisions.md, "Page views are audited in batches").
 */
export function auditView(
  db: Database,
  userId: string,
  action: ViewAction,
  subject: string,
  detail = "",
): void {
  db.defer(INSERT_AUDIT, [new Date().toISOString(), userId, action, subject, detail]);
}

/**
 * Which audit entries a user may read: an administrator all; a coordinator those about
 * her own project (its trajectories, groups, project reports and workers); nobody else.
 */
export type AuditScope = { readonly all: true } | { readonly projectId: string };

/** The audit scope of a user, or undefined when she may not read the audit log. */
export function auditScopeOf(user: User): AuditScope | undefined {
  if (user.role === "admin") return { all: true };
  if (user.role === "coordinator" && user.projectId) return { projectId: user.projectId };
  return undefined;
}

const AUDIT_COLUMNS = "a.at, a.user_id, a.action, a.subject, a.detail";
// Subjects are a trajectory id, `group:<id>`, `project:<id>` or `user:<id>`.
const IN_PROJECT = `(a.subject IN (SELECT substr(stream_id, 12) FROM streams WHERE kind = 'trajectory' AND project_id = ?)
  OR a.subject IN (SELECT 'group:' || group_id FROM streams WHERE kind = 'group' AND project_id = ?)
  OR a.subject = 'project:' || ?
  OR a.subject IN (SELECT 'user:' || id FROM users WHERE project_id = ?))`;

/** Audit entries within a scope, newest first, with the page views still queued. */
export async function readAudit(
  db: Queryable | Database,
  scope: AuditScope,
  options: { subject?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  if ("flush" in db) await db.flush();
  const where: string[] = [];
  const params: unknown[] = [];
  if ("projectId" in scope) {
    where.push(IN_PROJECT);
    params.push(scope.projectId, scope.projectId, scope.projectId, scope.projectId);
  }
  if (options.subject !== undefined) {
    where.push("a.subject = ?");
    params.push(options.subject);
  }
  const rows = await db.all<{
    at: string;
    user_id: string;
    action: string;
    subject: string;
    detail: string;
  }>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log a ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.id DESC LIMIT ?`,
    [...params, options.limit ?? 200],
  );
  return rows.map((row) => ({
    at: row.at,
    userId: row.user_id,
    action: row.action,
    subject: row.subject,
    detail: row.detail,
  }));
}

/**
 * The audit subject of a failed login: a keyed hash (HMAC-SHA-256) of the name typed,
 * never the name itself, which is often a password typed in the wrong field. The key is
 * made once per database and kept in it; an administrator who knows a username can
 * compute its subject to see whether it was tried, nobody can reverse it.
 */
export async function failedLoginSubject(db: Queryable, typed: string): Promise<string> {
  const key = await secret(db, "audit-login-key");
  return `login:${createHmac("sha256", key).update(typed.normalize("NFKC")).digest("hex").slice(0, 32)}`;
}

async function secret(db: Queryable, name: string): Promise<string> {
  const found = await db.get<{ value: string }>("SELECT value FROM app_secrets WHERE name = ?", [
    name,
  ]);
  if (found) return found.value;
  await db.run("INSERT INTO app_secrets (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING", [
    name,
    randomBytes(32).toString("base64url"),
  ]);
  return (await db.get<{ value: string }>("SELECT value FROM app_secrets WHERE name = ?", [name]))!
    .value;
}
