import type { Language } from "@miriam/schemas";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { groupsOfUser, type Session, type User } from "../db/accounts";
import type { StreamRef } from "../db/event-store";
import type { Trajectories } from "../domain/trajectories";
import type { FormBody } from "./forms";
import type { T } from "./i18n";
import type { PageContext } from "./layout";
import type { LoginOutcome } from "./login";

/** What every request carries, set by the middleware in `app.ts`. */
export interface AppEnv {
  Variables: {
    session: Session | undefined;
    language: Language;
    t: T;
    page: PageContext;
    body: FormBody | undefined;
  };
}

export type AppContext = Context<AppEnv>;

export interface Deps {
  readonly kit: Trajectories;
  readonly log: (line: string) => void;
  /** Whether cookies set on this request must be `Secure` (TLS). */
  readonly secureCookies: (c: AppContext) => boolean;
  /** One login attempt (throttled, audited); see `login.ts`. */
  readonly logIn: (c: AppContext, username: string, password: string) => Promise<LoginOutcome>;
}

const isApi = (c: AppContext) => c.req.path.startsWith("/api/");

/** The signed-in user, or a redirect to the login page (401 for the API). */
export function requireUser(c: AppContext, ...roles: User["role"][]): User {
  const session = c.get("session");
  if (session === undefined) {
    if (isApi(c)) throw new HTTPException(401, { message: "Not signed in." });
    throw new HTTPException(302, { res: c.redirect("/login", 302) });
  }
  if (roles.length > 0 && !roles.includes(session.user.role))
    throw new HTTPException(403, { message: "No access." });
  return session.user;
}

/**
 * Whether the user may see a group: a case manager her own groups (group staff), a
 * coordinator every group of her project. An administrator manages accounts, not cases.
 */
export async function canSeeGroup(deps: Deps, user: User, groupId: string): Promise<boolean> {
  const stream = await deps.kit.stream("group", groupId);
  if (stream === undefined) return false;
  if (user.role === "case-manager")
    return (await groupsOfUser(deps.kit.db, user.id)).includes(groupId);
  if (user.role === "coordinator") return stream.projectId === user.projectId;
  return false;
}

/**
 * The trajectory's stream if the user may open her record: only a case manager of her
 * group. Anything else is "not found", so ids of other groups are not confirmed.
 */
export async function participantStream(
  deps: Deps,
  user: User,
  trajectoryId: string,
): Promise<StreamRef> {
  const stream = await deps.kit.stream("trajectory", trajectoryId);
  if (
    stream === undefined ||
    user.role !== "case-manager" ||
    !(await groupsOfUser(deps.kit.db, user.id)).includes(stream.groupId)
  )
    throw new HTTPException(404, { message: "Not found." });
  return stream;
}

export async function requireGroup(deps: Deps, user: User, groupId: string) {
  if (!(await canSeeGroup(deps, user, groupId)))
    throw new HTTPException(404, { message: "Not found." });
  const stream = await deps.kit.stream("group", groupId);
  return stream!;
}

/** The parsed form (or JSON) body, parsed once by the CSRF middleware. */
export const bodyOf = (c: AppContext): FormBody => c.get("body") ?? {};
