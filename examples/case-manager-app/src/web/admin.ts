import {
  correctionEventTypes,
  documentTitles,
  groupCorrectionEventTypes,
  groupEventTypes,
  LANGUAGES,
  type Language,
  languageName,
  roles,
  trajectoryEventTypes,
  type Vocabulary,
} from "@miriam/schemas";
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
  type User,
} from "../db/accounts";
import { auditActionLabel } from "../db/audit-actions";
import { isUniqueViolation } from "../db/database";
import { listGroups } from "../db/event-store";
import { passwordProblem } from "../security/password-policy";
import { type AppEnv, bodyOf, type Deps, requireUser } from "./context";
import { formatMomentOf } from "./day/dates";
import { Fields, type FormState, postForm } from "./form-fields";
import type { FormError } from "./form-problems";
import { FormReader } from "./forms";
import { html } from "./html";
import type { T } from "./i18n";
import { type PageContext, page } from "./layout";
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
  // gives case managers their groups. She does not see participants. Projects, groups,
  // roles and languages are chosen from lists of what exists, never typed.
  const projectIds = async () =>
    (await kit.db.all<{ id: string }>("SELECT id FROM projects ORDER BY id")).map((r) => r.id);
  const groupChoices = async () => {
    const choices = [];
    for (const { groupId } of await listGroups(kit.db))
      choices.push({ code: groupId, label: `${await kit.groupName(groupId)} (${groupId})` });
    return choices;
  };

  async function usersPage(ctx: PageContext, state?: FormState) {
    const { t, language } = ctx;
    const users = await listUsers(kit.db);
    const rows = [];
    for (const user of users) rows.push({ user, groups: await groupsOfUser(kit.db, user.id) });
    const f = new Fields(t, language, state);
    const projects = (await projectIds()).map((id) => ({ code: id, label: id }));
    const form = html`<div class="grid2"><div>${f.text("id", t("workerId"), { required: true, pattern: "[A-Za-z0-9][A-Za-z0-9._:-]*", maxlength: 64, autocomplete: "off" })}</div>
<div>${f.text("username", t("username"), { required: true, autocomplete: "off" })}</div></div>
${f.text("displayName", t("displayName"), { required: true })}
<div class="grid2"><div>${f.select(
      "role",
      t("role"),
      ROLES.map((r) => ({ code: r, label: roleLabel(r, t, language) })),
    )}</div>
<div>${f.select(
      "language",
      t("language"),
      LANGUAGES.map((l) => ({ code: l, label: languageName(l) })),
      { selected: language },
    )}</div></div>
${f.select("projectId", t("project"), projects, { selected: projects[0]?.code ?? "", required: false })}
${f.checks("groups", t("groupAccess"), await groupChoices())}
${f.text("password", t("password"), { type: "password", required: true, autocomplete: "new-password", hint: t("passwordPolicy") })}`;
    return page(
      ctx,
      t("users"),
      html`<table><thead><tr><th>${t("workerId")}</th><th>${t("username")}</th><th>${t("role")}</th><th>${t("groups")}</th><th>${t("activeAccount")}</th></tr></thead><tbody>
${rows.map(
  ({ user, groups }) =>
    html`<tr><td><a href="/admin/users/${user.id}">${user.id}</a><br><span class="muted">${user.displayName}</span></td><td>${user.username}</td><td>${roleLabel(user.role, t, language)}</td>
<td>${groups.join(", ")}</td><td>${user.active ? t("yes") : t("no")}</td></tr>`,
)}</tbody></table>
<h2>${t("newUser")}</h2>
${postForm(ctx, f, { action: "/admin/users", body: form, submit: t("save"), card: true })}`,
      { wide: true },
    );
  }

  async function userPage(ctx: PageContext, user: User, state?: FormState) {
    const { t, language } = ctx;
    const f = new Fields(t, language, state);
    const groups = await groupsOfUser(kit.db, user.id);
    const form = html`<dl class="kv"><dt>${t("username")}</dt><dd>${user.username}</dd><dt>${t("role")}</dt><dd>${roleLabel(user.role, t, language)}</dd></dl>
${f.text("password", t("newPassword"), { type: "password", autocomplete: "new-password", hint: t("passwordPolicy") })}
${user.role === "case-manager" ? f.checks("groups", t("groupAccess"), await groupChoices(), groups) : ""}
${f.checkbox("active", t("activeAccount"), user.active)}`;
    return page(
      ctx,
      `${user.displayName} (${user.id})`,
      postForm(ctx, f, {
        action: `/admin/users/${user.id}`,
        body: form,
        submit: t("save"),
        cancel: "/admin/users",
        card: true,
      }),
    );
  }

  app.get("/admin/users", async (c) => {
    requireUser(c, "admin");
    return c.html(await usersPage(c.get("page")));
  });

  app.get("/admin/users/:id", async (c) => {
    requireUser(c, "admin");
    const user = await findUser(kit.db, c.req.param("id"));
    if (!user) throw new HTTPException(404, { message: "Not found." });
    return c.html(await userPage(c.get("page"), user));
  });

  /** Only groups that exist: a group code is chosen, never typed. */
  const knownGroups = async (wanted: readonly string[]) => {
    const known = new Set((await listGroups(kit.db)).map((g) => g.groupId));
    return wanted.filter((g) => known.has(g));
  };

  app.post("/admin/users", async (c) => {
    const admin = requireUser(c, "admin");
    const ctx = c.get("page");
    const { t } = ctx;
    const body = bodyOf(c);
    const form = new FormReader(body);
    const role = form.str("role") as Role;
    const language = form.str("language") as Language;
    const id = form.str("id");
    const projectId = form.str("projectId");
    const errors: FormError[] = [];
    if (!ID.test(id))
      errors.push({ field: "id", message: t(id === "" ? "errRequired" : "errIdFormat") });
    if (!form.str("username")) errors.push({ field: "username", message: t("errRequired") });
    if (!form.str("displayName")) errors.push({ field: "displayName", message: t("errRequired") });
    if (!ROLES.includes(role)) errors.push({ field: "role", message: t("errChooseFromList") });
    if (!LANGUAGES.includes(language))
      errors.push({ field: "language", message: t("errChooseFromList") });
    if (role !== "admin" && !(await projectIds()).includes(projectId))
      errors.push({ field: "projectId", message: t("errChooseFromList") });
    if (passwordProblem(form.str("password"), { username: form.str("username") }))
      errors.push({ field: "password", message: t("passwordPolicy") });
    const again = async (list: FormError[]) =>
      c.html(await usersPage(ctx, { values: body, errors: list }), 422);
    if (errors.length > 0) return again(errors);
    // Read before the transaction: inside it only `tx` may be used (one connection).
    const groups = role === "case-manager" ? await knownGroups(form.all("groups")) : [];
    try {
      await kit.db.transaction(async (tx) => {
        await createUser(tx, {
          id,
          username: form.str("username"),
          displayName: form.str("displayName"),
          role,
          language,
          projectId: role === "admin" ? null : projectId,
          password: form.str("password"),
        });
        for (const g of groups) await addGroupStaff(tx, g, id);
        await audit(tx, admin.id, "user.created", `user:${id}`, role);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        return again([
          { field: "id", message: t("accountExists") },
          { field: "username", message: t("accountExists") },
        ]);
      throw error;
    }
    return c.redirect("/admin/users", 303);
  });

  app.post("/admin/users/:id", async (c) => {
    const admin = requireUser(c, "admin");
    const user = await findUser(kit.db, c.req.param("id"));
    if (!user) throw new HTTPException(404, { message: "Not found." });
    const ctx = c.get("page");
    const body = bodyOf(c);
    const form = new FormReader(body);
    if (form.str("password")) {
      if (passwordProblem(form.str("password"), { username: user.username }))
        return c.html(
          await userPage(ctx, user, {
            values: body,
            errors: [{ field: "password", message: ctx.t("passwordPolicy") }],
          }),
          422,
        );
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
      const wanted = await knownGroups(form.all("groups"));
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
  // The detail in words when it is a code of the kit (an event type, a role, a document).
  const auditDetail = (detail: string, language: Language, t: T) => {
    // The reports the log names by the app's own words for them.
    if (detail === "group-report") return t("groupReport");
    if (detail === "funder-report") return t("funderReport");
    const vocabularies: readonly Vocabulary[] = [
      trajectoryEventTypes,
      groupEventTypes,
      correctionEventTypes,
      groupCorrectionEventTypes,
      roles,
      documentTitles,
    ];
    for (const vocabulary of vocabularies)
      if (vocabulary.has(detail)) return vocabulary.label(detail, language);
    return detail;
  };

  // What an entry is about: "Compte cm-01", "Groupe gent-2026-b", or her trajectory's id.
  // The filter still takes the subject as the log keeps it (`group:gent-2026-b`).
  const auditSubject = (subject: string, t: T) => {
    const colon = subject.indexOf(":");
    const kind = subject.slice(0, colon);
    const word =
      kind === "user"
        ? t("account")
        : kind === "group"
          ? t("group")
          : kind === "project"
            ? t("project")
            : undefined;
    return word === undefined ? subject : `${word} ${subject.slice(colon + 1)}`;
  };

  const auditScope = (c: Parameters<typeof requireUser>[0]) => {
    const scope = auditScopeOf(requireUser(c, "admin", "coordinator"));
    if (scope === undefined) throw new HTTPException(403, { message: "No access." });
    return scope;
  };

  app.get("/admin/audit", async (c) => {
    const scope = auditScope(c);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const subject = c.req.query("subject") || undefined;
    const entries = await readAudit(kit.db, scope, { ...(subject ? { subject } : {}), limit: 300 });
    const body = html`<form method="get" action="/admin/audit" class="inline"><label>${t("subject")} <input type="text" name="subject" value="${subject ?? ""}"></label> <button type="submit" class="small">${t("filter")}</button></form>
<p><a href="/admin/audit/export.jsonl" download>audit-log.jsonl</a></p>
<table class="cards"><thead><tr><th>${t("when")}</th><th>${t("who2")}</th><th>${t("action")}</th><th>${t("subject")}</th><th>${t("detail")}</th></tr></thead><tbody>
${entries.map((e) => html`<tr><td data-label="${t("when")}"><time datetime="${e.at}">${formatMomentOf(e.at, language)}</time></td><td data-label="${t("who2")}">${e.userId}</td><td data-label="${t("action")}">${auditActionLabel(e.action, language)}</td><td data-label="${t("subject")}">${auditSubject(e.subject, t)}</td><td class="muted"${e.detail ? html` data-label="${t("detail")}"` : ""}>${auditDetail(e.detail, language, t)}</td></tr>`)}
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
