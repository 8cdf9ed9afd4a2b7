import { addDays, labelAndValue } from "@miriam/schemas";
import type { Hono } from "hono";
import { auditView } from "../../db/accounts";
import { type AppEnv, type Deps, requireUser } from "../context";
import { type Html, html } from "../html";
import { type PageContext, page } from "../layout";
import { capitalise } from "../terms";
import { type AgendaEntry, agendaBetween, entryHref } from "./agenda";
import { displayName } from "./caseload";
import { firstOfMonth, formatDay, formatMonth, isDate, mondayOf } from "./dates";

// The calendar of a worker's week or month: her groups' sessions (planned and held) and,
// for a case manager, what is due for each of her mothers, each leading to its form.

type View = "week" | "month";

function entryLine(entry: AgendaEntry, ctx: PageContext, coordinator: boolean): Html {
  const { t, language } = ctx;
  const text =
    entry.kind === "due"
      ? html`<strong>${displayName(entry.member)}</strong> · ${entry.action.label[language]}`
      : html`<strong>${entry.group.name}</strong> · ${entry.held ? entry.held.topic : t("plannedSession")}`;
  const cls =
    entry.kind === "due" ? (entry.action.overdue ? "due overdue-entry" : "due") : "session";
  // A coordinator sees the sessions; their registers are her case managers'.
  return html`<li class="entry ${cls}">${coordinator ? text : html`<a href="${entryHref(entry)}">${text}</a>`}</li>`;
}

function dayCell(
  date: string,
  entries: readonly AgendaEntry[],
  ctx: PageContext,
  today: string,
  coordinator: boolean,
  style: "long" | "short",
) {
  const mine = entries.filter((e) => e.date === date);
  return html`<div class="day ${date === today ? "today" : ""} ${mine.length ? "" : "empty"}"><h3><time datetime="${date}">${formatDay(date, ctx.language, style)}</time></h3>
${mine.length ? html`<ul>${mine.map((e) => entryLine(e, ctx, coordinator))}</ul>` : ""}</div>`;
}

export function registerCalendar(app: Hono<AppEnv>, deps: Deps) {
  app.get("/calendar", async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const ctx = c.get("page");
    const { t, language } = ctx;
    const today = deps.kit.todayOf();
    const view: View = c.req.query("view") === "month" ? "month" : "week";
    const asked = c.req.query("date");
    const anchor = isDate(asked) ? asked : today;
    const coordinator = user.role === "coordinator";

    let days: string[];
    let title: string;
    let previous: string;
    let next: string;
    let month = anchor.slice(0, 7);
    if (view === "week") {
      const monday = mondayOf(anchor);
      days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
      title = labelAndValue(
        t("week"),
        `${formatDay(days[0]!, language, "short")} – ${formatDay(days[6]!, language, "short")}`,
        language,
      );
      previous = addDays(monday, -7);
      next = addDays(monday, 7);
    } else {
      const first = firstOfMonth(anchor);
      const following = firstOfMonth(addDays(first, 31));
      const start = mondayOf(first);
      days = [];
      for (let d = start; d < following || days.length % 7 !== 0; d = addDays(d, 1)) days.push(d);
      month = first.slice(0, 7);
      title = capitalise(formatMonth(first, language));
      previous = firstOfMonth(addDays(first, -1));
      next = following;
    }
    const entries = await agendaBetween(deps, user, days[0]!, days.at(-1)!);
    auditView(deps.kit.db, user.id, "calendar.viewed", `user:${user.id}`);
    const link = (v: View, date: string, label: string, current = false) =>
      html`<a class="button ${current ? "" : "secondary"}" href="/calendar?view=${v}&amp;date=${date}" ${current ? html`aria-current="page"` : ""}>${label}</a>`;
    const nav = html`<nav class="calendar-nav" aria-label="${t("calendar")}">
${link(view, previous, `← ${t("previous")}`)} ${link(view, today, t("today"))} ${link(view, next, `${t("next")} →`)}
<span class="spacer"></span>${link("week", anchor, t("week"), view === "week")} ${link("month", anchor, t("month"), view === "month")}
</nav>`;
    const grid =
      view === "week"
        ? html`<div class="calendar week">${days.map((d) => dayCell(d, entries, ctx, today, coordinator, "long"))}</div>`
        : html`<div class="calendar month">${days.map((d) =>
            d.slice(0, 7) === month
              ? dayCell(d, entries, ctx, today, coordinator, "short")
              : html`<div class="day outside" aria-hidden="true"></div>`,
          )}</div>`;
    const body = html`${nav}<h2>${title}</h2>${grid}
<p><a href="/settings/calendar">${t("calendarFeed")} →</a></p>`;
    return c.html(page(ctx, t("calendar"), body, { wide: true }));
  });
}

/** The calendar's and the worklist's styles, served with the app's stylesheet. */
export const DAY_STYLES = `
.worklist-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
.worklist h2 { font-size: 18px; } ul.lines { list-style: none; margin: 0; padding: 0; }
ul.lines li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
.calendar-nav { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .calendar-nav .spacer { flex: 1; }
.calendar { display: grid; gap: 6px; } .calendar.week { grid-template-columns: 1fr; }
.calendar.month { grid-template-columns: repeat(7, minmax(0, 1fr)); }
.calendar .day { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; min-height: 48px; overflow-wrap: anywhere; }
.calendar .day.outside { background: transparent; border: none; }
.calendar .day.today { border: 2px solid var(--accent); }
.calendar .day h3 { font-size: 14px; margin: 0 0 4px; color: var(--muted); font-weight: 600; }
.calendar.month .day { min-height: 90px; font-size: 13px; }
.calendar ul { list-style: none; margin: 0; padding: 0; }
.calendar .entry { margin: 2px 0; padding: 2px 6px; border-left: 4px solid var(--accent); background: var(--accent-bg); border-radius: 3px; }
.calendar .entry.due { border-left-color: var(--warn); background: var(--warn-bg); }
.calendar .entry.overdue-entry { border-left-color: var(--bad); background: #fde8e8; }
.next-step { border-left: 6px solid var(--accent); }
.next-step p.lead { font-size: 19px; margin: 4px 0 10px; }
details.closing { border: 1px solid var(--bad); border-radius: 6px; padding: 8px 14px; background: #fff; margin: 16px 0; }
details.closing summary { color: var(--bad); font-weight: 600; cursor: pointer; }
a.button.danger { background: var(--bad); border-color: var(--bad); }
.feed-url { font-family: monospace; word-break: break-all; background: #fff; border: 1px dashed var(--accent); padding: 8px; }
@media (max-width: 700px) {
  .worklist-grid { grid-template-columns: 1fr; }
  .calendar.month { grid-template-columns: 1fr; }
  /* Previous, today, next on one line; week and month on the next. */
  .calendar-nav { gap: 6px; } .calendar-nav .spacer { flex: 1 0 100%; height: 0; }
  .calendar-nav a.button { padding: 5px 10px; font-size: 15px; }
  .calendar.month .day.empty, .calendar.month .day.outside { display: none; }
  .calendar.month .day { min-height: 0; font-size: 15px; }
}
`;
