import {
  type CatalogueEntry,
  documentCatalogue,
  type RenderedDocument,
  safeRender,
  trajectorySource,
} from "@miriam/documents";
import {
  closingOutcomes,
  consentScopes,
  contactModes,
  goalStatuses,
  informationTalkDecisions,
  intakeLocations,
  LANGUAGES,
  type Language,
  lifeDomains,
  ocmwServices,
  ParticipantProfile,
  type ProjectSettingsInput,
  pauseReasons,
  problemMessage,
  type Region,
  rightStatuses,
  rights,
  type Timepoint,
  type TrajectoryEvent,
  timepoints,
  trajectoryEventTypes,
  trajectoryPhases,
} from "@miriam/schemas";
import {
  canAccept,
  currentPhase,
  fidelitySignals,
  isPaused,
  nextSteps,
  type Refusal,
  type Step,
  stepKinds,
  type TrajectoryState,
} from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit } from "../db/accounts";
import { eraseParticipant, exportParticipant } from "../domain/privacy";
import { fromLocalInput, timestamp, toLocalInput } from "../domain/time";
import {
  type LoadedTrajectory,
  loadProfile,
  newId,
  type RecordResult,
  saveProfile,
} from "../domain/trajectories";
import { closingText } from "./closing-text";
import {
  type AppContext,
  type AppEnv,
  bodyOf,
  type Deps,
  participantStream,
  requireGroup,
  requireUser,
} from "./context";
import { EVENT_FORMS, type FormBody, FormReader } from "./forms";
import { type Html, html, raw } from "./html";
import type { MessageKey, T } from "./i18n";
import { csrfField, type PageContext, page } from "./layout";
import { renderDocumentOffThread } from "./off-thread";

// ---------------------------------------------------------------------------------------
// Labels of steps and events
// ---------------------------------------------------------------------------------------

export function stepLabel(step: Step, language: Language, t: T): string {
  if (step.type === "group-session.attended") return t("attended");
  const base = capitalise(trajectoryEventTypes.label(step.type, language));
  if (step.timepoint) return `${base}: ${timepoints.label(step.timepoint, language)}`;
  if (step.outcome) return `${base}: ${closingOutcomes.label(step.outcome, language)}`;
  return base;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function stepHref(trajectoryId: string, step: Step): string {
  const query = step.timepoint
    ? `?timepoint=${step.timepoint}`
    : step.outcome
      ? `?outcome=${step.outcome}`
      : "";
  return `/participants/${encodeURIComponent(trajectoryId)}/record/${step.type}${query}`;
}

const domainList = (codes: readonly string[], language: Language) =>
  codes.map((code) => lifeDomains.label(code as never, language)).join(", ");

/** One line about an event for the timeline (notes are shown under it). */
function summary(event: TrajectoryEvent, language: Language, t: T): string {
  switch (event.type) {
    case "information-talk.held":
      return informationTalkDecisions.label(event.data.decision, language);
    case "consent.given":
    case "consent.withdrawn":
      return event.data.scopes.map((s) => consentScopes.label(s, language)).join(", ");
    case "intake.held":
      return intakeLocations.label(event.data.location, language);
    case "measurement.recorded":
      return timepoints.label(event.data.timepoint, language);
    case "plan.agreed":
      return event.data.goals
        .map((g) => `${g.id}: ${lifeDomains.label(g.domain as never, language)}`)
        .join(" · ");
    case "goal.added":
      return `${event.data.goal.id}: ${lifeDomains.label(event.data.goal.domain as never, language)}`;
    case "goal.updated":
      return `${event.data.goalId}: ${goalStatuses.label(event.data.status, language)}`;
    case "contact.held":
      return `${contactModes.label(event.data.mode, language)}, ${event.data.minutes} min${event.data.domains.length ? ` · ${domainList(event.data.domains, language)}` : ""}`;
    case "referral.made":
      return `${event.data.partner} · ${lifeDomains.label(event.data.domain as never, language)}`;
    case "right.updated":
      return `${rights.label(event.data.right, language)}: ${rightStatuses.label(event.data.status, language)}`;
    case "trajectory.paused":
      return pauseReasons.label(event.data.reason, language);
    case "evaluation.held":
      return `${t("certificate")}: ${event.data.certificateHandedOver ? t("yes") : t("no")}`;
    case "handover.done":
      return event.data.to === "social-worker"
        ? `${t("toSocialWorker")} ${event.data.receivingWorkerId}`
        : t("noneNeeded");
    case "follow-up.held":
      return `${event.data.monthsAfterEnd} ${t("monthsAfterEnd").toLowerCase()}`;
    case "trajectory.closed":
      return closingText(event, language);
    case "signal.raised":
      return lifeDomains.label(event.data.domain as never, language);
    default:
      return "";
  }
}

function noteOf(event: TrajectoryEvent): string | undefined {
  const data = event.data as { note?: string; observation?: string };
  return data.note ?? data.observation;
}

const formatDate = (at: string) => at.slice(0, 10);

/** Refused steps grouped by their main reason, so one reason is read once. */
function refusedByReason(refused: ReturnType<typeof nextSteps>["refused"]) {
  const groups = new Map<string, { refusal: Refusal; steps: Step[] }>();
  for (const { step, refusals } of refused) {
    const refusal = refusals[0]!;
    const key = `${refusal.rule}|${refusal.message.en}`;
    const group = groups.get(key) ?? { refusal, steps: [] };
    group.steps.push(step);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The refusal reasons as the person reads them: message, and what would help. */
export function refusalList(refusals: readonly Refusal[], language: Language, t: T): Html {
  return html`<ul>${refusals.map(
    (r) =>
      html`<li><strong>${r.message[language]}</strong><br><span class="muted">${t("whatWouldHelp")}: ${r.remedy[language]}</span></li>`,
  )}</ul>`;
}

export function phaseBadge(state: TrajectoryState, language: Language, t: T): Html {
  const phase = currentPhase(state);
  if (phase === null) return html``;
  return html`<span class="badge ${phase === "closed" ? "grey" : ""}">${trajectoryPhases.label(phase, language)}</span>${
    isPaused(state) ? html` <span class="badge warn">${t("paused")}</span>` : ""
  }${state.context.consent.withdrawnAt ? html` <span class="badge bad">${t("withdrawn")}</span>` : ""}`;
}

// ---------------------------------------------------------------------------------------
// Documents a participant page offers, when her replayed state is ready for them.
// ---------------------------------------------------------------------------------------

// Her documents are the trajectory documents of @miriam/documents' catalogue: the
// catalogue says which exist, when her replayed state is ready for each, and how the
// replayed state fills it.
function herDocuments(): CatalogueEntry<"trajectory">[] {
  return documentCatalogue.filter(
    (entry): entry is CatalogueEntry<"trajectory"> => entry.scope === "trajectory",
  );
}

// Runs in the document worker (off-thread.ts): its arguments cross a thread, so the
// document is named by its catalogue id and looked up here.
export function renderDocument(
  documentId: string,
  records: Parameters<typeof trajectorySource>[0] & { readonly settings: ProjectSettingsInput },
  language: Language,
): { ok: true; document: RenderedDocument } | { ok: false; problems: string[] } {
  const entry = herDocuments().find((document) => document.id === documentId);
  if (entry === undefined) return { ok: false, problems: [`Unknown document: ${documentId}`] };
  const data = entry.data(trajectorySource(records));
  const result = safeRender(entry.template, data, { settings: records.settings, language });
  return result.ok
    ? { ok: true, document: result.document }
    : { ok: false, problems: result.problems.map((p) => problemMessage(p, language)) };
}

/** A printable document page: the kit's standalone HTML with a print button added. */
export function printable(documentHtml: string, t: T, back: string): string {
  const toolbar = `<div class="miriam-toolbar" style="font-family:sans-serif;padding:8px;background:#eef1f5;display:flex;gap:12px"><button id="miriam-print" type="button">${t("print")}</button><a href="${back}">${t("back")}</a></div><style>@media print{.miriam-toolbar{display:none}}</style><script src="/static/print.js"></script>`;
  return documentHtml.replace(/<body([^>]*)>/, (m) => `${m}${toolbar}`);
}

// The kit's documents carry their own inline print stylesheet.
export const DOCUMENT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

export function registerParticipantRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  async function loadFor(c: AppContext, trajectoryId: string) {
    const user = requireUser(c, "case-manager");
    const stream = await participantStream(deps, user, trajectoryId);
    const loaded = (await kit.load(trajectoryId, true))!;
    const settings = (await kit.projectSettings(stream.projectId))!;
    return { user, stream, loaded, settings };
  }

  // The participant page: her phase, due actions, what can be recorded and what not (with
  // the reasons), her timeline, fidelity signals, documents, and her data rights.
  app.get("/participants/:tid", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded, settings } = await loadFor(c, trajectoryId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const { profile, erased } = await loadProfile(kit.db, trajectoryId);
    const due = await kit.due(loaded);
    const steps = nextSteps(loaded.state);
    const signals = fidelitySignals(loaded.state, { settings, asOf: kit.todayOf() });
    const group = await kit.group(loaded.stream.groupId);
    await audit(kit.db, user.id, "participant.viewed", trajectoryId);

    const name = erased
      ? `${trajectoryId} (${t("erased")})`
      : profile
        ? `${profile.givenName} ${profile.familyName}`
        : trajectoryId;
    const present = new Set(loaded.events.map((e) => e.type));
    // Documents hold her name and what she said: only once she consented to processing.
    const documents = present.has("consent.given")
      ? herDocuments().filter((entry) => entry.ready(loaded.state))
      : [];
    const sessionsAttended = group.events.filter(
      (e) => e.type === "group-session.held" && e.data.attendees.includes(trajectoryId),
    );
    const timeline = [
      ...loaded.events.map((event) => ({ at: event.at, event, session: undefined })),
      ...sessionsAttended.map((session) => ({ at: session.at, event: undefined, session })),
    ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

    const body = html`<p>${phaseBadge(loaded.state, language, t)} <span class="muted">${trajectoryId} · ${t("version")} ${loaded.version}</span></p>
${loaded.refusedOnReplay > 0 ? html`<p class="error">${t("refusedOnReplay", { n: loaded.refusedOnReplay })}</p>` : ""}
<section aria-labelledby="due-h"><h2 id="due-h">${t("dueActions")}</h2>
${
  due.length === 0
    ? html`<p class="muted">${t("nothingDue")}</p>`
    : html`<ul class="due">${due.map(
        (action) =>
          html`<li><a href="${stepHref(trajectoryId, action.step)}">${action.label[language]}</a> · <span class="${action.overdue ? "overdue" : ""}">${t("dueOn", { date: action.due })}${action.overdue ? ` (${t("overdue")})` : ""}</span></li>`,
      )}</ul>`
}</section>
<section aria-labelledby="next-h"><h2 id="next-h">${t("recordNow")}</h2>
<ul class="steps">${steps.allowed.map((step) =>
      step.type === "group-session.attended"
        ? html`<li><a class="button secondary" href="/groups/${loaded.stream.groupId}" title="${t("attendanceViaSession")}">${stepLabel(step, language, t)}</a></li>`
        : html`<li><a class="button" href="${stepHref(trajectoryId, step)}">${stepLabel(step, language, t)}</a></li>`,
    )}</ul>
<h3>${t("notPossibleNow")}</h3>
<ul class="refused">${refusedByReason(steps.refused).map(
      ({ refusal, steps: grouped }, i) =>
        html`<li><span class="buttons">${grouped.map((step) => html`<button type="button" disabled aria-describedby="why-${i}">${stepLabel(step, language, t)}</button>`)}</span>
<span class="why" id="why-${i}"><strong>${refusal.message[language]}</strong> ${refusal.remedy[language]}</span></li>`,
    )}</ul></section>
<section aria-labelledby="tl-h"><h2 id="tl-h">${t("timeline")}</h2>
<ol class="timeline">${timeline.map(({ event, session, at }) =>
      event
        ? html`<li><time datetime="${at}">${formatDate(at)}</time><strong>${trajectoryEventTypes.label(event.type, language)}</strong> <span class="summary">${summary(event, language, t)}</span>${noteOf(event) ? html`<br><span class="muted">${noteOf(event)}</span>` : ""}</li>`
        : html`<li class="attendance"><time datetime="${at}">${formatDate(at)}</time>${t("attended")} <span class="summary">${session?.type === "group-session.held" ? session.data.topic : ""}</span></li>`,
    )}</ol></section>
<section aria-labelledby="fs-h"><h2 id="fs-h">${t("fidelitySignals")}</h2>
${signals.length === 0 ? html`<p class="muted">${t("noSignals")}</p>` : html`<ul>${signals.map((s) => html`<li>${s.message[language]}</li>`)}</ul>`}
</section>
<section aria-labelledby="doc-h"><h2 id="doc-h">${t("documents")}</h2>
${
  profile
    ? html`<ul>${documents.map((entry) => html`<li><a href="/participants/${trajectoryId}/documents/${entry.id}">${entry.title[language]}</a></li>`)}</ul>`
    : html`<p class="muted">—</p>`
}</section>
<section aria-labelledby="pd-h"><h2 id="pd-h">${t("profile")}</h2>
${
  profile
    ? html`<dl class="kv"><dt>${t("givenName")}</dt><dd>${profile.givenName}</dd><dt>${t("familyName")}</dt><dd>${profile.familyName}</dd>
<dt>${t("preferredLanguage")}</dt><dd>${profile.preferredLanguage}</dd>${profile.phone ? html`<dt>${t("phone")}</dt><dd>${profile.phone}</dd>` : ""}${profile.email ? html`<dt>${t("email")}</dt><dd>${profile.email}</dd>` : ""}</dl>
<p><a href="/participants/${trajectoryId}/profile">${t("profile")} ✎</a></p>`
    : html`<p class="muted">${erased ? t("erased") : "—"}</p>`
}
<p><a class="button secondary" href="/participants/${trajectoryId}/export.json">${t("exportData")}</a></p>
${
  erased
    ? ""
    : html`<details><summary>${t("eraseData")}</summary>
<form method="post" action="/participants/${trajectoryId}/erase" class="stack card">${csrfField(ctx)}
<p>${t("eraseExplain")}</p>
<label for="confirm">${t("confirmCode")}</label><input type="text" id="confirm" name="confirm" required autocomplete="off">
<div class="actions"><button type="submit" class="danger">${t("eraseData")}</button></div></form></details>`
}</section>
<p><a href="/groups/${loaded.stream.groupId}">← ${t("group")}</a></p>`;
    const flash = c.req.query("done")
      ? t("recorded")
      : c.req.query("dup")
        ? t("alreadyRecorded")
        : c.req.query("erased")
          ? t("erasedDone")
          : undefined;
    return c.html(page(ctx, name, body, flash ? { flash } : {}));
  });

  // The form of one step.
  app.get("/participants/:tid/record/:type", async (c) => {
    const trajectoryId = c.req.param("tid");
    const type = c.req.param("type") as TrajectoryEvent["type"];
    const { loaded, settings } = await loadFor(c, trajectoryId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const form = EVENT_FORMS[type];
    if (!form || !trajectoryEventTypes.has(type))
      throw new HTTPException(404, { message: "Not found." });
    const timepoint = timepoints.has(c.req.query("timepoint"))
      ? (c.req.query("timepoint") as Timepoint)
      : undefined;
    const outcomeQuery = c.req.query("outcome");
    const outcome = closingOutcomes.has(outcomeQuery) ? outcomeQuery : undefined;
    // The same step the participant page offered (consent steps carry their scope).
    const step: Step = stepKinds.find(
      (kind) => kind.type === type && kind.timepoint === timepoint && kind.outcome === outcome,
    ) ?? { type };
    const title = stepLabel(step, language, t);
    const acceptance = canAccept(loaded.state, step);
    if (!acceptance.accepted) {
      return c.html(
        page(
          ctx,
          title,
          html`<div class="error"><p><strong>${t("refusedTitle")}</strong></p>${refusalList(acceptance.refusals, language, t)}</div>
<p><a href="/participants/${trajectoryId}">← ${t("back")}</a></p>`,
        ),
        422,
      );
    }
    const formCtx = {
      t,
      language,
      state: loaded.state,
      region: settings.region as Region,
      ...(timepoint ? { timepoint } : {}),
      ...(outcome ? { outcome } : {}),
    };
    const body = html`<form method="post" action="/participants/${trajectoryId}/events" class="stack">
${csrfField(ctx)}
<input type="hidden" name="type" value="${type}">
<input type="hidden" name="eventId" value="${newId(trajectoryId)}">
<input type="hidden" name="expectedVersion" value="${loaded.version}">
<label for="f-when">${t("when")}</label><input type="datetime-local" id="f-when" name="when" value="${toLocalInput(timestamp())}" required>
${form.fields(formCtx)}
<div class="actions"><button type="submit">${t("record")}</button><a href="/participants/${trajectoryId}">${t("cancel")}</a></div>
</form>`;
    return c.html(page(ctx, title, body));
  });

  // Recording an event from a form.
  app.post("/participants/:tid/events", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded, settings } = await loadFor(c, trajectoryId);
    const ctx = c.get("page");
    const body = bodyOf(c);
    const reader = new FormReader(body);
    const type = reader.str("type") as TrajectoryEvent["type"];
    const form = EVENT_FORMS[type];
    if (!form || !trajectoryEventTypes.has(type))
      throw new HTTPException(404, { message: "Not found." });
    const timepoint = reader.str("timepoint");
    const outcome = reader.str("outcome");
    const data = form.data(reader, {
      t: ctx.t,
      language: ctx.language,
      state: loaded.state,
      region: settings.region as Region,
      ...(timepoints.has(timepoint) ? { timepoint } : {}),
      ...(outcome ? { outcome } : {}),
    });
    const at = fromLocalInput(reader.str("when"));
    const expected = reader.int("expectedVersion");
    const result = await kit.record(
      user,
      trajectoryId,
      {
        type,
        data,
        ...(at ? { at } : {}),
        ...(reader.opt("eventId") ? { id: reader.str("eventId") } : {}),
      },
      expected === undefined || Number.isNaN(expected) ? undefined : expected,
    );
    return respondToRecord(c, ctx, trajectoryId, result, body);
  });

  // Her profile: name at referral; other details only after consent (METHODOLOGY.md §3).
  app.get("/participants/:tid/profile", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { loaded } = await loadFor(c, trajectoryId);
    const ctx = c.get("page");
    return c.html(page(ctx, ctx.t("profile"), await profileForm(ctx, trajectoryId, loaded)));
  });

  app.post("/participants/:tid/profile", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded } = await loadFor(c, trajectoryId);
    const ctx = c.get("page");
    const form = new FormReader(bodyOf(c));
    const { profile: old, erased } = await loadProfile(kit.db, trajectoryId);
    if (erased) throw new HTTPException(403, { message: "No access." });
    const consented = loaded.state.context.consent.enrolledAt !== null;
    const candidate = {
      trajectoryId,
      givenName: form.str("givenName"),
      familyName: form.str("familyName"),
      preferredLanguage: form.str("preferredLanguage"),
      recordedAt: old?.recordedAt ?? timestamp(),
      ...(consented
        ? {
            ...(form.opt("birthDate") ? { birthDate: form.str("birthDate") } : {}),
            ...(form.opt("phone") ? { phone: form.str("phone") } : {}),
            ...(form.opt("email") ? { email: form.str("email") } : {}),
          }
        : {}),
    };
    const parsed = ParticipantProfile.safeParse(candidate);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `$.${i.path.join(".")}: ${i.message}`);
      return c.html(
        page(
          ctx,
          ctx.t("profile"),
          html`<div class="error"><p>${ctx.t("invalidTitle")}</p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>${await profileForm(ctx, trajectoryId, loaded)}`,
        ),
        422,
      );
    }
    await saveProfile(kit.db, parsed.data);
    await audit(kit.db, user.id, "profile.changed", trajectoryId);
    return c.redirect(`/participants/${trajectoryId}?done=1`, 303);
  });

  async function profileForm(
    ctx: PageContext,
    trajectoryId: string,
    loaded: LoadedTrajectory,
  ): Promise<Html> {
    const { t } = ctx;
    const { profile } = await loadProfile(kit.db, trajectoryId);
    const consented = loaded.state.context.consent.enrolledAt !== null;
    const field = (name: "birthDate" | "phone" | "email", label: MessageKey, type = "text") =>
      html`<label for="p-${name}">${t(label)}</label><input type="${type}" id="p-${name}" name="${name}" value="${profile?.[name] ?? ""}" ${consented ? "" : "disabled"}>`;
    return html`<form method="post" action="/participants/${trajectoryId}/profile" class="stack card">${csrfField(ctx)}
<label for="p-given">${t("givenName")}</label><input type="text" id="p-given" name="givenName" value="${profile?.givenName ?? ""}" required>
<label for="p-family">${t("familyName")}</label><input type="text" id="p-family" name="familyName" value="${profile?.familyName ?? ""}" required>
<label for="p-lang">${t("preferredLanguage")}</label><select id="p-lang" name="preferredLanguage">${LANGUAGES.map((l) => html`<option ${profile?.preferredLanguage === l ? "selected" : ""}>${l}</option>`)}</select>
${consented ? "" : html`<p class="muted">${t("referralNoName")}</p>`}
${field("birthDate", "birthDate", "date")}${field("phone", "phone")}${field("email", "email", "email")}
<div class="actions"><button type="submit">${t("save")}</button><a href="/participants/${trajectoryId}">${t("cancel")}</a></div></form>`;
  }

  // Documents, rendered by @miriam/documents, to print.
  app.get("/participants/:tid/documents/:doc", async (c) => {
    const trajectoryId = c.req.param("tid");
    const entry = herDocuments().find((document) => document.id === c.req.param("doc"));
    const { user, loaded, settings, stream } = await loadFor(c, trajectoryId);
    const { t, language } = c.get("page");
    if (entry === undefined) throw new HTTPException(404, { message: "Not found." });
    const { profile } = await loadProfile(kit.db, trajectoryId);
    if (profile === undefined || loaded.state.context.consent.enrolledAt === null)
      throw new HTTPException(404, { message: "Not found." });
    const group = await kit.group(stream.groupId);
    let rendered: ReturnType<typeof renderDocument>;
    try {
      const groupName = await kit.groupName(stream.groupId);
      const { events } = loaded;
      const records = { settings, profile, events, groupEvents: group.events, groupName };
      rendered = await renderDocumentOffThread(entry.id, records, language);
    } catch {
      throw new HTTPException(404, { message: "Not found." });
    }
    await audit(kit.db, user.id, "document.printed", trajectoryId, entry.id);
    if (!rendered.ok)
      return c.html(
        page(
          c.get("page"),
          entry.title[language],
          html`<ul class="error">${rendered.problems.map((p) => html`<li>${p}</li>`)}</ul>`,
        ),
        422,
      );
    c.header("Content-Security-Policy", DOCUMENT_CSP);
    return c.html(printable(rendered.document.html, t, `/participants/${trajectoryId}`));
  });

  app.get("/participants/:tid/export.json", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user } = await loadFor(c, trajectoryId);
    const data = await exportParticipant(kit, user, trajectoryId);
    c.header("Content-Disposition", `attachment; filename="${trajectoryId}.json"`);
    return c.json(data);
  });

  app.post("/participants/:tid/erase", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user } = await loadFor(c, trajectoryId);
    const form = new FormReader(bodyOf(c));
    if (form.str("confirm") !== trajectoryId)
      return c.redirect(`/participants/${trajectoryId}`, 303);
    await eraseParticipant(kit, user, trajectoryId);
    return c.redirect(`/participants/${trajectoryId}?erased=1`, 303);
  });

  // A new referral: opens a trajectory in the group.
  app.get("/groups/:gid/participants/new", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    return c.html(page(ctx, ctx.t("newReferral"), referralForm(ctx, groupId)));
  });

  app.post("/groups/:gid/participants", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const form = new FormReader(bodyOf(c));
    const age = form.int("age");
    const child = form.int("youngestChildAge");
    const at = fromLocalInput(form.str("when"));
    const result = await kit.refer(
      user,
      groupId,
      {
        referredBy: form.str("referredBy"),
        eligibility: {
          singleMother: form.bool("singleMother"),
          services: form.all("services"),
          ...(age === undefined ? {} : { age }),
          ...(child === undefined ? {} : { youngestChildAge: child }),
        },
        ...(at ? { at } : {}),
      },
      {
        givenName: form.str("givenName"),
        familyName: form.str("familyName"),
        preferredLanguage: (form.str("preferredLanguage") || ctx.language) as Language,
      },
    );
    if (result.kind === "invalid")
      return c.html(
        page(
          ctx,
          ctx.t("newReferral"),
          html`<div class="error"><p>${ctx.t("invalidTitle")}</p><ul>${result.problems.map((p) => html`<li>${problemMessage(p, ctx.language)}</li>`)}</ul></div>${referralForm(ctx, groupId)}`,
        ),
        422,
      );
    if (result.kind === "ineligible")
      return c.html(
        page(
          ctx,
          ctx.t("newReferral"),
          html`<div class="error" role="alert"><p>${ctx.t("refusedTitle")}</p><ul>${result.reasons.map((reason) => html`<li>${reason[ctx.language]}</li>`)}</ul><p>${result.remedy[ctx.language]}</p></div>${referralForm(ctx, groupId)}`,
        ),
        422,
      );
    return c.redirect(`/participants/${result.trajectoryId}?done=1`, 303);
  });
}

function referralForm(ctx: PageContext, groupId: string): Html {
  const { t } = ctx;
  return html`<form method="post" action="/groups/${groupId}/participants" class="stack">${csrfField(ctx)}
<fieldset><legend>${t("participant")}</legend><p class="muted">${t("referralNoName")}</p>
<div class="grid2"><div><label for="r-given">${t("givenName")}</label><input type="text" id="r-given" name="givenName" required></div>
<div><label for="r-family">${t("familyName")}</label><input type="text" id="r-family" name="familyName" required></div></div>
<label for="r-lang">${t("preferredLanguage")}</label><select id="r-lang" name="preferredLanguage">${LANGUAGES.map((l) => html`<option ${l === ctx.language ? "selected" : ""}>${l}</option>`)}</select>
</fieldset>
<fieldset><legend>${trajectoryEventTypes.label("trajectory.referred", ctx.language)}</legend>
<label for="r-when">${t("when")}</label><input type="datetime-local" id="r-when" name="when" value="${toLocalInput(timestamp())}" required>
<label for="r-by">${t("referredBy")}</label><input type="text" id="r-by" name="referredBy" required pattern="[A-Za-z0-9][A-Za-z0-9._:-]*">
<label class="check"><input type="checkbox" name="singleMother" checked> ${t("singleMother")}</label>
<fieldset><legend>${t("services")}</legend>${ocmwServices.terms.map((s) => html`<label class="check"><input type="checkbox" name="services" value="${s.code}" ${s.code === "living-wage" ? "checked" : ""}> ${s.labels[ctx.language]}</label>`)}</fieldset>
<div class="grid2"><div><label for="r-age">${t("age")}</label><input type="number" id="r-age" name="age" min="14" max="80"></div>
<div><label for="r-child">${t("youngestChildAge")}</label><input type="number" id="r-child" name="youngestChildAge" min="0" max="25"></div></div>
</fieldset>
<div class="actions"><button type="submit">${t("record")}</button><a href="/groups/${groupId}">${t("cancel")}</a></div></form>`;
}

/** Turns a record result into the page the person sees (or a redirect). */
function respondToRecord(
  c: AppContext,
  ctx: PageContext,
  trajectoryId: string,
  result: RecordResult,
  body: FormBody,
) {
  const { t, language } = ctx;
  const back = html`<p><a href="/participants/${trajectoryId}">← ${t("back")}</a></p>`;
  switch (result.kind) {
    case "recorded":
      return c.redirect(`/participants/${trajectoryId}?done=1`, 303);
    case "duplicate":
      return c.redirect(`/participants/${trajectoryId}?dup=1`, 303);
    case "refused":
      return c.html(
        page(
          ctx,
          t("refusedTitle"),
          html`<div class="error" role="alert">${refusalList(result.refusals, language, t)}</div>${back}`,
        ),
        422,
      );
    case "invalid":
      return c.html(
        page(
          ctx,
          t("invalidTitle"),
          html`<div class="error" role="alert"><ul>${result.problems.map((p) => html`<li>${problemMessage(p, language)}</li>`)}</ul></div>${resubmitForm(ctx, trajectoryId, body, undefined)}${back}`,
        ),
        422,
      );
    case "conflict":
      return c.html(
        page(
          ctx,
          t("conflictTitle"),
          html`<p class="error" role="alert">${t("conflictExplain")}</p>${resubmitForm(ctx, trajectoryId, body, result.version)}${back}`,
        ),
        409,
      );
  }
}

/** The same form data again, to record once more: nothing she typed is lost. */
function resubmitForm(
  ctx: PageContext,
  trajectoryId: string,
  body: FormBody,
  version: number | undefined,
): Html {
  const fields = Object.entries(body).flatMap(([name, value]) =>
    name === "_csrf" || (name === "expectedVersion" && version !== undefined)
      ? []
      : (Array.isArray(value) ? value : [value]).map(
          (v) => html`<input type="hidden" name="${name}" value="${v}">`,
        ),
  );
  if (version === undefined) return html``;
  return html`<form method="post" action="/participants/${trajectoryId}/events">${csrfField(ctx)}${fields}
<input type="hidden" name="expectedVersion" value="${version}">
<button type="submit">${ctx.t("recordAgain")}</button></form>`;
}

export { raw };
