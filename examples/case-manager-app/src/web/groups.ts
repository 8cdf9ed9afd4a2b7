import {
  annualReport,
  annualReportFromEvents,
  groupSession,
  groupSessionFromEvents,
  safeRender,
} from "@miriam/documents";
import {
  attendanceChart,
  domainChangeChart,
  funderReport,
  groupReport,
  type Indicators,
  type PublishedCount,
  type PublishedIndicators,
  type PublishedRate,
  SUPPRESSED,
} from "@miriam/evaluation";
import {
  type ClosingOutcome,
  closingOutcomes,
  dropOutReasons,
  futureDateProblem,
  GroupEvent,
  type GroupEventOf,
  groupSessionKinds,
  type Language,
  labelAndValue,
  lifeDomains,
  localeOf,
  type ParticipantProfile,
  problemsFromIssues,
  projectDomains,
  type ReportIndicator,
  reportIndicators,
  roles,
  type TrajectoryEvent,
  trajectoryPhases,
} from "@miriam/schemas";
import { canAccept, fidelitySignalDefinitions, replay } from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit, auditView, groupsOfUser, type User } from "../db/accounts";
import { listGroups, readStream, trajectoriesOfGroup } from "../db/event-store";
import { addDays, fromLocalInput, timestamp, today } from "../domain/time";
import { futureCheck, loadProfile, newId } from "../domain/trajectories";
import { closingReasonText } from "./closing-text";
import { type AppEnv, bodyOf, type Deps, requireGroup, requireUser } from "./context";
import { formatDay, formatDayOf } from "./day/dates";
import { Fields, type FormState, postForm } from "./form-fields";
import { type FieldOf, type FormError, problemErrors } from "./form-problems";
import { FormReader } from "./forms";
import { groupPageSince, isListedSince, isSessionSince } from "./group-archive";
import {
  registerGroupCorrectionRoutes,
  type SessionCorrection,
  sessionsTable,
} from "./group-corrections";
import { groupTopics, groupTopicsSection } from "./her-page/group-topics";
import { type Html, html, svgImage } from "./html";
import type { T } from "./i18n";
import { type PageContext, page } from "./layout";
import { DOCUMENT_CSP, phaseBadge, printable, stepHref } from "./participants";
import { term, titleOf } from "./terms";

// Figures as her language writes them: "2,4" and "86 %" in French and Dutch, "2.4" and
// "86%" in English.
const pct = (value: number | null | typeof SUPPRESSED, t: T, language: Language) =>
  value === SUPPRESSED
    ? t("hidden")
    : value === null
      ? "—"
      : new Intl.NumberFormat(localeOf(language), { style: "percent" }).format(value);
const num = (value: PublishedCount | PublishedRate, t: T, language: Language) =>
  value === SUPPRESSED
    ? t("hidden")
    : value === null
      ? "—"
      : new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(value);

export function registerGroupRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  async function visibleGroups(user: User): Promise<string[]> {
    if (user.role === "case-manager") return groupsOfUser(kit.db, user.id);
    if (user.role === "coordinator" && user.projectId)
      return (await listGroups(kit.db, user.projectId)).map((g) => g.groupId);
    return [];
  }

  app.get("/groups", async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const ctx = c.get("page");
    const { t } = ctx;
    const groups = await visibleGroups(user);
    const rows = [];
    for (const groupId of groups) {
      rows.push({
        groupId,
        name: await kit.groupName(groupId),
        count: (await trajectoriesOfGroup(kit.db, groupId)).length,
      });
    }
    const body = html`<table><thead><tr><th>${t("group")}</th><th class="num">${t("participants")}</th><th><span class="visually-hidden">${t("groupReport")}</span></th></tr></thead><tbody>
${rows.map(
  (
    row,
  ) => html`<tr><td>${user.role === "case-manager" ? html`<a href="/groups/${row.groupId}">${row.name}</a>` : row.name}<br><span class="muted">${row.groupId}</span></td>
<td class="num">${row.count}</td><td><a href="/groups/${row.groupId}/report">${t("groupReport")}</a></td></tr>`,
)}</tbody></table>
${user.role === "coordinator" ? html`<p><a class="button" href="/project/report">${t("funderReport")}</a></p>` : ""}`;
    return c.html(page(ctx, t("groups"), body));
  });

  // The case manager's list: her group's participants, phase and what is due.
  app.get("/groups/:gid", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    // A year by default (group-archive.ts); `?all=1` shows every generation.
    const since = c.req.query("all") === "1" ? undefined : groupPageSince(kit.todayOf());
    const everyone = await kit.participants(groupId);
    const participants =
      since === undefined ? everyone : everyone.filter((p) => isListedSince(p, since));
    const group = await kit.group(groupId);
    auditView(kit.db, user.id, "group.viewed", `group:${groupId}`);
    const topics = groupTopicsSection(
      groupId,
      await groupTopics(deps, groupId, everyone, group.events),
      ctx,
      user,
    );
    const sessions = sessionsTable(
      groupId,
      group.events,
      ctx,
      user,
      since === undefined ? undefined : (date) => isSessionSince(date, since),
    );
    const older = (key: "olderTrajectoriesHidden" | "olderSessionsHidden", n: number) =>
      since === undefined || n === 0
        ? ""
        : html`<p class="muted">${t(key, { date: formatDay(since, language, "medium"), n })} <a href="/groups/${groupId}?all=1">${t("showWholeGroup")}</a></p>`;
    const body = html`<p><a class="button" href="/groups/${groupId}/participants/new">${t("newReferral")}</a>
<a class="button secondary" href="/groups/${groupId}/sessions/new">${t("newSession")}</a>
<a class="button secondary" href="/groups/${groupId}/report">${t("groupReport")}</a></p>
<h2>${t("participants")}</h2>
<table class="cards"><thead><tr><th>${term(roles, "participant", language)}</th><th>${titleOf(trajectoryPhases, language)}</th><th>${t("dueActions")}</th><th>${t("lastEvent")}</th></tr></thead><tbody>
${participants.map((p) => {
  return html`<tr><td><a href="/participants/${p.trajectoryId}">${p.profile ? `${p.profile.givenName} ${p.profile.familyName}` : p.trajectoryId}</a><br><span class="muted">${p.trajectoryId}</span></td>
<td data-label="${titleOf(trajectoryPhases, language)}">${p.phase ? html`<span class="badge ${p.phase === "closed" ? "grey" : ""}">${trajectoryPhases.label(p.phase, language)}</span>` : ""}${p.paused ? html` <span class="badge warn">${t("paused")}</span>` : ""}</td>
<td data-label="${t("dueActions")}">${
    p.due.length === 0
      ? html`<span class="muted">${t("nothingDue")}</span>`
      : html`<ul class="due">${p.due.map((a) => html`<li><a href="${stepHref(p.trajectoryId, a.step)}">${a.label[language]}</a> <span class="${a.overdue ? "overdue" : "muted"}">${t("dueOn", { date: formatDay(a.due, language, "medium") })}${a.overdue ? ` (${t("overdue")})` : ""}</span></li>`)}</ul>`
  }</td>
<td data-label="${t("lastEvent")}">${p.lastEventAt === undefined || p.lastEventAt === null ? "" : formatDayOf(p.lastEventAt, language)}</td></tr>`;
})}</tbody></table>
${older("olderTrajectoriesHidden", everyone.length - participants.length)}
<h2>${t("sessions")}</h2>
${sessions.table}
${older("olderSessionsHidden", sessions.hidden)}
${topics}`;
    const flash = c.req.query("done") ? t("recorded") : undefined;
    return c.html(
      page(ctx, await kit.groupName(groupId), body, { wide: true, ...(flash ? { flash } : {}) }),
    );
  });

  // Recording a group session with its attendance register.
  app.get("/groups/:gid/sessions/new", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    return c.html(page(ctx, ctx.t("newSession"), await sessionForm(ctx, groupId)));
  });

  async function sessionForm(
    ctx: PageContext,
    groupId: string,
    state?: FormState,
    correcting?: SessionCorrection,
  ) {
    const { t, language } = ctx;
    const f = new Fields(t, language, state);
    const ids = await trajectoriesOfGroup(kit.db, groupId);
    const group = await kit.group(groupId);
    const stream = await kit.stream("group", groupId);
    const settings = stream ? await kit.projectSettings(stream.projectId) : undefined;
    const opened = group.events.find((e) => e.type === "group.opened");
    const chosen = f.values("attendees");
    const rows: Html[] = [];
    for (const trajectoryId of ids) {
      const loaded = await kit.load(trajectoryId);
      if (!loaded) continue;
      const { profile } = await loadProfile(kit.db, trajectoryId);
      // A mother listed on the session being corrected stays ticked and can be unticked,
      // whatever her phase now: the check on sending replays her log up to the session.
      const answer =
        correcting !== undefined && chosen.includes(trajectoryId)
          ? ({ accepted: true } as const)
          : canAccept(loaded.state, { type: "group-session.attended" });
      const label = profile ? `${profile.givenName} ${profile.familyName}` : trajectoryId;
      const id = `f-attendees${rows.length === 0 ? "" : `-${rows.length}`}`;
      rows.push(
        answer.accepted
          ? html`<label class="check"><input type="checkbox" id="${id}" name="attendees" value="${trajectoryId}" ${chosen.includes(trajectoryId) ? "checked" : ""}> ${label} ${phaseBadge(loaded.state, language, t)}</label>`
          : html`<label class="check muted"><input type="checkbox" id="${id}" disabled> ${label} — ${labelAndValue(t("attendanceNotAllowed"), answer.refusals[0]!.message[language], language)}</label>`,
      );
    }
    const errors = f.errorsOf("attendees");
    const body = html`<div class="grid2"><div>${f.date("date", t("date"), {
      value: today(),
      ...(opened ? { min: opened.at.slice(0, 10) } : {}),
      max: addDays(today(), futureCheck(settings).toleranceDays),
    })}</div>
<div>${f.date("time", t("startTime"), { type: "time", value: timestamp().slice(11, 16) })}</div></div>
${f.number("minutes", t("minutes"), 1, 720, { value: 150, required: true })}
${f.text("topic", t("topic"), { required: true, maxlength: 200 })}
${f.select("kind", titleOf(groupSessionKinds, language), groupSessionKinds, { selected: "session" })}
${f.text("partner", t("partner"), { maxlength: 200 })}
${f.checkbox("withChildren", t("withChildren"))}
<fieldset ${errors.length ? html`class="invalid" aria-describedby="e-attendees"` : ""}><legend>${t("attendanceRegister")}</legend>${errors.length ? html`<p class="field-error" id="e-attendees">${errors.join(" ")}</p>` : ""}${rows}</fieldset>`;
    return postForm(ctx, f, {
      action: correcting ? `/groups/${groupId}/corrections` : `/groups/${groupId}/sessions`,
      hidden: correcting ? correcting.hidden : { eventId: newId(groupId) },
      body: html`<input type="hidden" name="expectedVersion" value="${group.version}">${body}${correcting ? correcting.fields(f) : ""}`,
      submit: correcting ? t("correctEntry") : t("record"),
      cancel: `/groups/${groupId}`,
    });
  }

  /**
   * A session as the form describes it, with every error beside its field: the schema's,
   * a date too far ahead, and each mother listed who belongs elsewhere or could not attend
   * at the session's time (the statechart's rule, on her log up to then), so the register
   * and her replayed attendance always agree. `replacing`: the session being corrected,
   * whose own attendance is left out of the check.
   */
  async function checkedSession(
    { t, language }: PageContext,
    user: User,
    groupId: string,
    projectId: string,
    form: FormReader,
    replacing?: { readonly id: string; readonly by: string },
  ): Promise<{ session?: GroupEventOf<"group-session.held">; errors: FormError[] }> {
    const date = form.str("date");
    const time = form.str("time") || "12:00";
    // The session's time orders its attendance among her own events: a session recorded
    // today after her consent is at the hour given, so it follows the consent.
    const at = /^\d{2}:\d{2}$/.test(time) ? fromLocalInput(`${date}T${time}`) : undefined;
    if (date === "" || at === undefined)
      return {
        errors: [
          date === ""
            ? { field: "date", message: t("errRequired") }
            : fromLocalInput(date) === undefined
              ? { field: "date", message: t("errDate") }
              : { field: "time", message: t("errTime") },
        ],
      };
    const candidate = {
      id: replacing?.id ?? form.opt("eventId") ?? newId(groupId),
      groupId,
      type: "group-session.held",
      at,
      by: replacing?.by ?? user.id,
      data: {
        date,
        minutes: form.int("minutes"),
        topic: form.str("topic"),
        kind: form.str("kind") || undefined,
        ...(form.opt("partner") ? { partner: form.str("partner") } : {}),
        withChildren: form.bool("withChildren"),
        attendees: form.all("attendees"),
      },
    };
    const parsed = GroupEvent.safeParse(candidate);
    const settings = await kit.projectSettings(projectId);
    const future = futureDateProblem(at, futureCheck(settings));
    const sessionField: FieldOf = ([first, second]) =>
      first === "at" ? "date" : first === "data" && typeof second === "string" ? second : undefined;
    const errors: FormError[] = problemErrors(
      [
        ...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, candidate)),
        ...(future ? [future] : []),
      ],
      sessionField,
      t,
    );
    const members = new Set(await trajectoriesOfGroup(kit.db, groupId));
    const group = await kit.group(groupId);
    for (const trajectoryId of form.all("attendees")) {
      const loaded = members.has(trajectoryId) ? await kit.load(trajectoryId, true) : undefined;
      const until = (e: { at: string }) => Date.parse(e.at) <= Date.parse(at);
      const then = loaded
        ? replay(loaded.events.filter(until), {
            groupSessions: (group.attendance.get(trajectoryId) ?? []).filter(
              (a) => until(a) && a.sessionId !== replacing?.id,
            ),
          }).state
        : undefined;
      const answer = then ? canAccept(then, { type: "group-session.attended" }) : undefined;
      if (!answer?.accepted) {
        const { profile } = await loadProfile(kit.db, trajectoryId);
        const name = profile ? `${profile.givenName} ${profile.familyName}` : trajectoryId;
        errors.push({
          field: "attendees",
          message: labelAndValue(
            name,
            answer?.refusals[0]?.message[language] ?? t("notFound"),
            language,
          ),
        });
      }
    }
    return parsed.success && parsed.data.type === "group-session.held"
      ? { session: parsed.data, errors }
      : { errors };
  }

  registerGroupCorrectionRoutes(app, deps, { sessionForm, checkedSession });

  app.post("/groups/:gid/sessions", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    const stream = await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const { t } = ctx;
    const body = bodyOf(c);
    const form = new FormReader(body);
    const again = async (errors: FormError[], status: 409 | 422 = 422) =>
      c.html(
        page(ctx, t("newSession"), await sessionForm(ctx, groupId, { values: body, errors })),
        status,
      );
    const { session, errors } = await checkedSession(ctx, user, groupId, stream.projectId, form);
    if (session === undefined || errors.length > 0) return again(errors);
    const expected = form.int("expectedVersion");
    const result = await kit.recordGroupEvent(user, groupId, session, expected);
    if (result.kind === "conflict") return again([{ message: t("conflictExplain") }], 409);
    return c.redirect(`/groups/${groupId}`, 303);
  });

  // The attendance register, printed by @miriam/documents.
  app.get("/groups/:gid/sessions/:sid", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const { t, language } = c.get("page");
    const group = await kit.group(groupId);
    const stream = await kit.stream("group", groupId);
    const settings = (await kit.projectSettings(stream!.projectId))!;
    const profiles: ParticipantProfile[] = [];
    for (const trajectoryId of await trajectoriesOfGroup(kit.db, groupId)) {
      const { profile } = await loadProfile(kit.db, trajectoryId);
      if (profile) profiles.push(profile);
    }
    let data: ReturnType<typeof groupSessionFromEvents>;
    try {
      data = groupSessionFromEvents({
        groupEvents: group.events,
        sessionId: c.req.param("sid"),
        profiles,
        proposedTopics: (await groupTopics(deps, groupId)).proposed,
      });
    } catch {
      throw new HTTPException(404, { message: "Not found." });
    }
    const result = safeRender(groupSession, data, { settings, language });
    if (!result.ok) throw new HTTPException(404, { message: "Not found." });
    await audit(kit.db, user.id, "document.printed", `group:${groupId}`, "group-session");
    c.header("Content-Security-Policy", DOCUMENT_CSP);
    return c.html(printable(result.document.html, t, `/groups/${groupId}`));
  });

  // The group report: everything shown, for inside the OCMW, with its charts.
  app.get("/groups/:gid/report", async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const groupId = c.req.param("gid");
    const stream = await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const group = await kit.group(groupId);
    const settings = await kit.projectSettings(stream.projectId);
    const trajectories: TrajectoryEvent[][] = [];
    for (const trajectoryId of await trajectoriesOfGroup(kit.db, groupId)) {
      trajectories.push(
        (await readStream<TrajectoryEvent>(kit.db, "trajectory", trajectoryId)).map((s) => s.event),
      );
    }
    const report = groupReport(
      { groupEvents: group.events, trajectories },
      { ...(settings ? { settings } : {}), asOf: `${kit.todayOf()}T23:59:59Z` },
    );
    auditView(kit.db, user.id, "report.viewed", `group:${groupId}`, "group-report");
    const i = report.indicators;
    const p = i.participation;
    const charts = html`${svgImage(attendanceChart(report.sessions, { language, groupSize: p.started }), t("sessions"))}
${svgImage(domainChangeChart(i.domains, { language, domains: projectDomains(settings) }), titleOf(lifeDomains, language))}`;
    // A table of cards on a phone: each figure under its column's name.
    const contactsWord = term(reportIndicators, "contacts", language);
    const monthsWord = term(reportIndicators, "participant-months", language);
    const body = html`<p class="muted">${t("insideOnly")}</p>
${indicatorTable(t, language, i)}
<h2>${t("sessions")} · ${titleOf(lifeDomains, language)}</h2>${charts}
<h2>${t("perParticipant")}</h2>
<table class="cards"><thead><tr><th>${t("trajectory")}</th><th>${t("statusLabel")}</th><th class="num">${contactsWord}</th><th class="num">${monthsWord}</th></tr></thead><tbody>
${report.participants.map(
  (
    s,
  ) => html`<tr><td data-label="${t("trajectory")}">${s.trajectoryId}</td><td data-label="${t("statusLabel")}">${closingOutcomes.has(s.status) ? closingOutcomes.label(s.status, language) : reportIndicators.label(s.status === "active" ? "active" : "not-started", language)}${closingReasonText(s.status, s.dropOutReason ?? s.positiveExitReason, language)}</td>
<td class="num" data-label="${contactsWord}">${s.contacts}</td><td class="num" data-label="${monthsWord}">${num(s.participantMonths, t, language)}</td></tr>`,
)}</tbody></table>`;
    return c.html(
      page(ctx, labelAndValue(t("groupReport"), report.name ?? groupId, language), body, {
        wide: true,
      }),
    );
  });

  // The funder report of the coordinator's project: small cells suppressed.
  app.get("/project/report", async (c) => {
    const user = requireUser(c, "coordinator");
    const ctx = c.get("page");
    const { t, language } = ctx;
    const projectId = user.projectId!;
    const { groupEvents, trajectories } = await projectEvents(projectId);
    const settings = await kit.projectSettings(projectId);
    const report = funderReport(
      { groupEvents, trajectories },
      {
        projects: settings ? [{ id: projectId, ocmw: { name: settings.ocmw.name } }] : [],
        ...(settings ? { settings } : {}),
      },
    );
    auditView(kit.db, user.id, "report.viewed", `project:${projectId}`, "funder-report");
    const row = report.projects.find((r) => r.projectId === projectId);
    const i = row?.indicators ?? report.programme.indicators;
    const body = html`<p class="muted">${t("suppressedNote", { threshold: report.threshold })}</p>
${indicatorTable(t, language, i)}
${svgImage(domainChangeChart(i.domains, { language, domains: projectDomains(settings) }), titleOf(lifeDomains, language))}
<p><a class="button" href="/project/annual-report">${t("annualReport")}</a></p>`;
    return c.html(
      page(ctx, labelAndValue(t("funderReport"), row?.name ?? projectId, language), body, {
        wide: true,
      }),
    );
  });

  app.get("/project/annual-report", async (c) => {
    const user = requireUser(c, "coordinator");
    const { t, language } = c.get("page");
    const projectId = user.projectId!;
    const settings = await kit.projectSettings(projectId);
    if (!settings) throw new HTTPException(404, { message: "Not found." });
    const { groupEvents, trajectories } = await projectEvents(projectId);
    const to = kit.todayOf();
    const data = annualReportFromEvents({
      settings,
      groupEvents,
      trajectoryEvents: trajectories.flat(),
      period: { from: addDays(to, -365), to },
    });
    const result = safeRender(annualReport, data, { settings, language });
    if (!result.ok) throw new HTTPException(404, { message: "Not found." });
    await audit(kit.db, user.id, "document.printed", `project:${projectId}`, "annual-report");
    c.header("Content-Security-Policy", DOCUMENT_CSP);
    return c.html(printable(result.document.html, t, "/project/report"));
  });

  async function projectEvents(projectId: string) {
    const groupEvents = [];
    const trajectories: TrajectoryEvent[][] = [];
    for (const { groupId } of await listGroups(kit.db, projectId)) {
      groupEvents.push(...(await kit.group(groupId)).events);
      for (const trajectoryId of await trajectoriesOfGroup(kit.db, groupId))
        trajectories.push(
          (await readStream<TrajectoryEvent>(kit.db, "trajectory", trajectoryId)).map(
            (s) => s.event,
          ),
        );
    }
    return { groupEvents, trajectories };
  }
}

interface Figures {
  referred: PublishedCount;
  declined: PublishedCount;
  started: PublishedCount;
  completed: PublishedCount;
  droppedOut: PublishedCount;
  active: PublishedCount;
  completionRate: PublishedRate;
  overallImprovement: PublishedRate;
  sessionsHeld: number;
  meanAttendance: number | null;
  contactsPerParticipantMonth: PublishedRate;
  selfRelianceT0: PublishedRate;
  selfRelianceT1: PublishedRate;
  dropOutByReason: Readonly<Record<string, PublishedCount>>;
  fidelity: readonly { code: string; count: PublishedCount }[];
}

// The group report's figures and the funder report's (small cells suppressed) in one table.
function indicatorTable(t: T, language: Language, i: Indicators | PublishedIndicators): Html {
  const p = i.participation;
  const f: Figures = {
    referred: p.referred,
    declined: p.declined,
    started: p.started,
    completed: p.completed,
    droppedOut: p.droppedOut,
    active: p.active,
    completionRate: p.completionRate,
    overallImprovement: i.overallImprovement.share,
    sessionsHeld: i.sessions.held,
    meanAttendance: i.sessions.meanAttendance,
    contactsPerParticipantMonth: i.contactsPerParticipantMonth,
    selfRelianceT0: i.selfReliance.meanT0,
    selfRelianceT1: i.selfReliance.meanT1,
    dropOutByReason: i.dropOutByReason,
    fidelity: i.fidelity,
  };
  const row = (label: string, value: string) =>
    html`<tr><th scope="row">${label}</th><td class="num">${value}</td></tr>`;
  const reasons = Object.entries(f.dropOutByReason).filter(([, n]) => n !== 0);
  const fidelityTitle = (code: string) =>
    fidelitySignalDefinitions.find((d) => d.code === code)?.title[language] ?? code;
  const indicator = (code: ReportIndicator) => term(reportIndicators, code, language);
  const outcome = (code: ClosingOutcome) => term(closingOutcomes, code, language);
  return html`<div class="grid2"><table><tbody>
${row(indicator("referred"), num(f.referred, t, language))}${row(outcome("declined"), num(f.declined, t, language))}${row(indicator("started"), num(f.started, t, language))}
${row(outcome("completed"), num(f.completed, t, language))}${row(outcome("dropped-out"), num(f.droppedOut, t, language))}${row(indicator("active"), num(f.active, t, language))}
${row(indicator("completion-rate"), pct(f.completionRate, t, language))}${row(indicator("overall-improvement"), pct(f.overallImprovement, t, language))}
${row(indicator("held"), String(f.sessionsHeld))}${row(indicator("mean-attendance"), num(f.meanAttendance, t, language))}
${row(indicator("per-participant-month"), num(f.contactsPerParticipantMonth, t, language))}
${row(`${indicator("self-reliance")} (t0 → t1)`, `${num(f.selfRelianceT0, t, language)} → ${num(f.selfRelianceT1, t, language)}`)}
</tbody></table>
<div><table><thead><tr><th>${titleOf(dropOutReasons, language)}</th><th class="num">${t("count")}</th></tr></thead><tbody>
${reasons.length === 0 ? html`<tr><td colspan="2" class="muted">—</td></tr>` : reasons.map(([code, n]) => row(dropOutReasons.label(code as never, language), num(n, t, language)))}
</tbody></table>
<table><thead><tr><th>${t("fidelity")}</th><th class="num">${t("count")}</th></tr></thead><tbody>
${f.fidelity.length === 0 ? html`<tr><td colspan="2" class="muted">—</td></tr>` : f.fidelity.map((fi) => row(fidelityTitle(fi.code), num(fi.count, t, language)))}
</tbody></table></div></div>`;
}
