import { LANGUAGES, type Language, languageName, roles } from "@miriam/schemas";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import {
  addGroupStaff,
  audit,
  auditScopeOf,
  createUser,
  findUser,
  groupsOfUser,
  listUsers,
  type Role,
  readAudit,
  setActive,
  setPassword,
} from "../db/accounts";
import { isUniqueViolation } from "../db/database";
import { PASSWORD_POLICY, passwordProblem } from "../security/password-policy";
import { type AppEnv, bodyOf, type Deps, requireUser } from "./context";
import { FormReader } from "./forms";
import { html } from "./html";
import type { T } from "./i18n";
import { csrfField, page } from "./layout";
import { term } from "./terms";

const ROLES: Role[] = ["case-manager", "coordinator", "admin"];
// Case managers and coordinators are roles of the method, named by its vocabulary; the
// administrator is the app's own role (she manages accounts), so the app names her.
const roleLabel = (role: Role, t: T, language: Language) =>
  role === "admin" ? t("admin") : term(roles, role, language);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function registerAdminRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  // The administrator manages accounts: creates them, resets passwords, deactivates, and
  // gives case managers their groups. She does not see participants.
  app.get("/admin/users", async (c) => {
    requireUser(c, "admin");
    const ctx = c.get("page");
    const { t, language } = ctx;
    const users = await listUsers(kit.db);
    const rows = [];
    for (const user of users) rows.push({ user, groups: await groupsOfUser(kit.db, user.id) });
    const problem = c.req.query("problem");
    const body = html`${problem ? html`<p class="error">${problem === "exists" ? "id / username" : problem === "password" ? t("passwordPolicy") : t("invalidTitle")}</p>` : ""}
<table><thead><tr><th>${t("workerId")}</th><th>${t("username")}</th><th>${t("role")}</th><th>${t("groups")}</th><th>${t("activeAccount")}</th><th></th></tr></thead><tbody>
${rows.map(
  ({
    user,
    groups,
  }) => html`<tr><td>${user.id}<br><span class="muted">${user.displayName}</span></td><td>${user.username}</td><td>${roleLabel(user.role, t, language)}</td>
<td>${groups.join(", ")}</td><td>${user.active ? t("yes") : t("no")}</td>
<td><form method="post" action="/admin/users/${user.id}" class="stack">${csrfField(ctx)}
<input type="hidden" name="action" value="update">
<label for="pw-${user.id}">${t("newPassword")}</label><input type="password" id="pw-${user.id}" name="password" autocomplete="new-password" minlength="${PASSWORD_POLICY.minLength}">
${user.role === "case-manager" ? html`<label for="g-${user.id}">${t("groupAccess")}</label><input type="text" id="g-${user.id}" name="groups" value="${groups.join(", ")}">` : ""}
<label class="check"><input type="checkbox" name="active" ${user.active ? "checked" : ""}> ${t("activeAccount")}</label>
<button type="submit" class="small">${t("save")}</button></form></td></tr>`,
)}</tbody></table>
<h2>${t("newUser")}</h2>
<form method="post" action="/admin/users" class="stack card">${csrfField(ctx)}
<div class="grid2"><div><label for="n-id">${t("workerId")}</label><input type="text" id="n-id" name="id" required pattern="[A-Za-z0-9][A-Za-z0-9._:-]*"></div>
<div><label for="n-user">${t("username")}</label><input type="text" id="n-user" name="username" required></div></div>
<label for="n-name">${t("displayName")}</label><input type="text" id="n-name" name="displayName" required>
<div class="grid2"><div><label for="n-role">${t("role")}</label><select id="n-role" name="role">${ROLES.map((r) => html`<option value="${r}">${roleLabel(r, t, language)}</option>`)}</select></div>
<div><label for="n-lang">${t("language")}</label><select id="n-lang" name="language">${LANGUAGES.map((l) => html`<option value="${l}">${languageName(l)}</option>`)}</select></div></div>
<label for="n-project">${t("project")}</label><input type="text" id="n-project" name="projectId" value="ocmw-gent-miriam">
<label for="n-groups">${t("groupAccess")}</label><input type="text" id="n-groups" name="groups">
<label for="n-pw">${t("password")}</label><input type="password" id="n-pw" name="password" required minlength="${PASSWORD_POLICY.minLength}" autocomplete="new-password">
<div class="actions"><button type="submit">${t("save")}</button></div></form>`;
    return c.html(page(ctx, t("users"), body, { wide: true }));
  });

  const groupList = (text: string) =>
    text
      .split(/[\s,;]+/)
      .filter(Boolean)
      .filter((g) => ID.test(g));

  app.post("/admin/users", async (c) => {
    const admin = requireUser(c, "admin");
    const form = new FormReader(bodyOf(c));
    const role = form.str("role") as Role;
    const language = form.str("language") as Language;
    const id = form.str("id");
    if (
      !ID.test(id) ||
      !ROLES.includes(role) ||
      !LANGUAGES.includes(language) ||
      !form.str("username") ||
      !form.str("displayName")
    )
      return c.redirect("/admin/users?problem=invalid", 303);
    if (passwordProblem(form.str("password"), { username: form.str("username") }))
      return c.redirect("/admin/users?problem=password", 303);
    try {
      await kit.db.transaction(async (tx) => {
        await createUser(tx, {
          id,
          username: form.str("username"),
          displayName: form.str("displayName"),
          role,
          language,
          projectId: role === "admin" ? null : form.str("projectId") || null,
          password: form.str("password"),
        });
        if (role === "case-manager")
          for (const g of groupList(form.str("groups"))) await addGroupStaff(tx, g, id);
        await audit(tx, admin.id, "user.created", `user:${id}`, role);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return c.redirect("/admin/users?problem=exists", 303);
      throw error;
    }
    return c.redirect("/admin/users", 303);
  });

  app.post("/admin/users/:id", async (c) => {
    const admin = requireUser(c, "admin");
    const user = await findUser(kit.db, c.req.param("id"));
    if (!user) throw new HTTPException(404, { message: "Not found." });
    const form = new FormReader(bodyOf(c));
    if (form.str("password")) {
      if (passwordProblem(form.str("password"), { username: user.username }))
        return c.redirect("/admin/users?problem=password", 303);
      await setPassword(kit.db, user.id, form.str("password"));
      await audit(kit.db, admin.id, "user.password-reset", `user:${user.id}`);
    }
    const active = form.bool("active");
    if (active !== user.active && user.id !== admin.id) {
      await setActive(kit.db, user.id, active);
      await audit(
        kit.db,
        admin.id,
        active ? "user.activated" : "user.deactivated",
        `user:${user.id}`,
      );
    }
    if (user.role === "case-manager") {
      const wanted = groupList(form.str("groups"));
      await kit.db.transaction(async (tx) => {
        await tx.run("DELETE FROM group_staff WHERE user_id = ?", [user.id]);
        for (const g of wanted) await addGroupStaff(tx, g, user.id);
        await audit(tx, admin.id, "user.groups-changed", `user:${user.id}`, wanted.join(","));
      });
    }
    return c.redirect("/admin/users", 303);
  });

  // Who viewed or changed what: the administrator sees every entry, a coordinator those
  // of her own project.
  const auditScope = (c: Parameters<typeof requireUser>[0]) => {
    const scope = auditScopeOf(requireUser(c, "admin", "coordinator"));
    if (scope === undefined) throw new HTTPException(403, { message: "No access." });
    return scope;
  };

  app.get("/admin/audit", async (c) => {
    const scope = auditScope(c);
    const ctx = c.get("page");
    const { t } = ctx;
    const subject = c.req.query("subject") || undefined;
    const entries = await readAudit(kit.db, scope, { ...(subject ? { subject } : {}), limit: 300 });
    const body = html`<form method="get" action="/admin/audit" class="inline"><label>${t("subject")} <input type="text" name="subject" value="${subject ?? ""}"></label> <button type="submit" class="small">OK</button></form>
<p><a href="/admin/audit/export.jsonl" download>audit-log.jsonl</a></p>
<table><thead><tr><th>${t("when")}</th><th>${t("who2")}</th><th>${t("action")}</th><th>${t("subject")}</th><th></th></tr></thead><tbody>
${entries.map((e) => html`<tr><td>${e.at.replace("T", " ").slice(0, 19)}</td><td>${e.userId}</td><td>${e.action}</td><td>${e.subject}</td><td class="muted">${e.detail}</td></tr>`)}
</tbody></table>`;
    return c.html(page(ctx, t("auditLog"), body, { wide: true }));
  });

  // The whole audit log of the scope, one JSON object a line, for the DPO.
  app.get("/admin/audit/export.jsonl", async (c) => {
    const scope = auditScope(c);
    const user = requireUser(c);
    const entries = await readAudit(kit.db, scope, { limit: 1_000_000 });
    await audit(
      kit.db,
      user.id,
      "audit.exported",
      "projectId" in scope ? `project:${scope.projectId}` : "audit",
    );
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    c.header("Content-Disposition", 'attachment; filename="audit-log.jsonl"');
    return c.body(
      entries.map((entry) => JSON.stringify(entry)).join("\n") + (entries.length ? "\n" : ""),
    );
  });
}
