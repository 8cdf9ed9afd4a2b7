import { addDays, dateOf, stepOwners } from "@miriam/schemas";
import {
  canAccept,
  type DueAction,
  type FidelitySignal,
  fidelitySignals,
  lateGoalSteps,
  type TrajectoryState,
} from "@miriam/trajectory";
import type { Hono } from "hono";
import { auditView } from "../../db/accounts";
import { type AppEnv, type Deps, requireUser } from "../context";
import { type Html, html } from "../html";
import type { PageContext } from "../layout";
import { page } from "../layout";
import { goalHref, stepHref } from "../participants";
import { groupSessionsBetween, type SessionEntry } from "./agenda";
import { type CaseloadMember, caseloadGroups, caseloadMembers, displayName } from "./caseload";
import { formatDay, mondayOf } from "./dates";

// A case manager's home page: her worklist across all her mothers and groups. Every line
// is the kit's (due actions, the contact-gap fidelity signal, late goal steps, the groups'
// schedules) and leads to the form that settles it.

/** How many planned sessions ahead the worklist shows per group. */
const SESSIONS_AHEAD = 2;

interface Line {
  readonly member: CaseloadMember;
  readonly href: string;
  readonly what: string;
  readonly date: string;
  readonly overdue: boolean;
  readonly detail?: string;
}

function lineList(lines: readonly Line[], ctx: PageContext, id: string, title: string): Html {
  const { t, language } = ctx;
  return html`<section aria-labelledby="${id}" class="worklist"><h2 id="${id}">${title} <span class="badge ${lines.length ? "" : "grey"}">${lines.length}</span></h2>
${
  lines.length === 0
    ? html`<p class="muted">${t("nothingToDo")}</p>`
    : html`<ul class="lines">${lines.map(
        (line) =>
          html`<li><a href="${line.href}"><strong>${displayName(line.member)}</strong> · ${line.what}</a>${line.detail ? html`<br><span class="muted">${line.detail}</span>` : ""}
<br><span class="${line.overdue ? "overdue" : "muted"}">${formatDay(line.date, language)}${line.overdue ? ` (${t("overdue")})` : ""}</span></li>`,
      )}</ul>`
}</section>`;
}

function sessionList(sessions: readonly SessionEntry[], ctx: PageContext): Html {
  const { t, language } = ctx;
  return html`<section aria-labelledby="wl-sessions" class="worklist"><h2 id="wl-sessions">${t("nextSessions")}</h2>
${
  sessions.length === 0
    ? html`<p class="muted">${t("noSessions")}</p>`
    : html`<ul class="lines">${sessions.map(
        (s) =>
          html`<li><a href="/groups/${s.group.groupId}/sessions/new"><strong>${s.group.name}</strong> · ${t("plannedSession")}</a>${s.planned ? html` <span class="muted">(${t("sessionNumber", s.planned)})</span>` : ""}
<br><span class="muted">${formatDay(s.date, language)}</span></li>`,
      )}</ul>`
}</section>`;
}

/**
 * What the worklist works out of her state, once per state (the kit keeps one state
 * object per projection row revision) and day: the page is opened all day long, and
 * most of her caseload does not change between two views.
 */
interface Derived {
  readonly today: string;
  readonly openGap: FidelitySignal | undefined;
  /** Whether each due action's step can be recorded now (or must wait for another). */
  readonly doable: WeakMap<DueAction, boolean>;
  readonly late: ReturnType<typeof lateGoalSteps>;
}
const derived = new WeakMap<TrajectoryState, Derived>();

function derivedOf(member: CaseloadMember, today: string): Derived {
  const known = derived.get(member.state);
  if (known?.today === today) return known;
  const { state } = member;
  const settings = member.group.settings;
  const made: Derived = {
    today,
    openGap: fidelitySignals(state, { ...(settings ? { settings } : {}), asOf: today }).find(
      (s) => s.code === "individual-contact-gap" && s.period?.to === today,
    ),
    doable: new WeakMap(
      member.due.map((action) => [action, canAccept(state, action.step).accepted]),
    ),
    // Like due actions, goal steps wait while her goals cannot be updated (a pause).
    late:
      state.context.milestones.planAgreedAt !== null &&
      canAccept(state, { type: "goal.updated" }).accepted
        ? // Her goals' words are in her projected row: no log is read.
          lateGoalSteps(member.goals, today)
        : [],
  };
  derived.set(state, made);
  return made;
}

/** The worklist at `/`; a coordinator and an administrator keep their own home pages. */
export function registerWorklist(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;
  app.get("/", async (c) => {
    const session = c.get("session");
    if (!session) return c.redirect("/login");
    if (session.user.role === "admin") return c.redirect("/admin/users");
    if (session.user.role === "coordinator") return c.redirect("/groups");
    const user = requireUser(c, "case-manager");
    const ctx = c.get("page");
    const { t, language } = ctx;
    const today = kit.todayOf();
    const endOfWeek = addDays(mondayOf(today), 6);
    const groups = await caseloadGroups(deps, user);
    const members = await caseloadMembers(
      deps,
      groups,
      (m) => m.state.context.milestones.closing === null,
    );

    // Mothers whose last individual contact lies further back than the project's
    // `fidelity.individualContactMaxGapDays`: the kit's contact-gap signal, still open today.
    const withoutContact: Line[] = [];
    const due: Line[] = [];
    const late: Line[] = [];
    for (const member of members) {
      const { openGap, doable, late: lateSteps } = derivedOf(member, today);
      if (openGap)
        withoutContact.push({
          member,
          href: stepHref(member.trajectoryId, { type: "contact.held" }),
          what: openGap.message[language],
          date: openGap.period!.from,
          overdue: false,
        });
      for (const action of member.due) {
        if (action.due > endOfWeek) continue;
        // Listed once: the contact she is waiting for is in the section above.
        if (openGap && action.code === "individual-contact") continue;
        // A deadline whose step must wait for another (the plan waits for t0) leads to
        // her page, where the next step and the reason are.
        const canRecord = doable.get(action) ?? canAccept(member.state, action.step).accepted;
        due.push({
          member,
          href: canRecord
            ? stepHref(member.trajectoryId, action.step)
            : `/participants/${member.trajectoryId}`,
          what: action.label[language],
          date: action.due,
          overdue: action.overdue,
        });
      }
      for (const step of lateSteps)
        late.push({
          member,
          href: goalHref(member.trajectoryId, step.goal.id),
          what: step.goal.description,
          detail: `${step.step.description} (${stepOwners.label(step.step.who, language)})`,
          date: step.due,
          overdue: true,
        });
    }
    const byDate = (a: Line, b: Line) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

    const sessions: SessionEntry[] = [];
    for (const group of groups) {
      const ahead = (await groupSessionsBetween(deps, group, today, addDays(today, 366))).filter(
        (s) => s.held === undefined,
      );
      sessions.push(...ahead.slice(0, SESSIONS_AHEAD));
    }
    sessions.sort((a, b) => (a.date < b.date ? -1 : 1));
    auditView(kit.db, user.id, "worklist.viewed", `user:${user.id}`);

    const body = html`<p class="muted">${formatDay(dateOf(today), language)}</p>
<div class="worklist-grid">
${lineList(due.sort(byDate), ctx, "wl-due", t("dueThisWeek"))}
${lineList(withoutContact.sort(byDate), ctx, "wl-contact", t("withoutContact"))}
${lineList(late.sort(byDate), ctx, "wl-goals", t("lateGoals"))}
${sessionList(sessions, ctx)}
</div>
<p><a href="/groups">${t("groups")} →</a></p>`;
    return c.html(page(ctx, t("worklist"), body));
  });
}
