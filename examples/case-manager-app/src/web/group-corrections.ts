import {
  correctionReasons,
  GroupEvent,
  type GroupEventOf,
  groupCorrectionEventTypes,
  groupEventTypes,
  type Language,
  labelAndValue,
  type MethodGroupEvent,
} from "@miriam/schemas";
import {
  effectiveGroupEvents,
  type GroupCorrectionRecord,
  isGroupCorrection,
} from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { User } from "../db/accounts";
import { timestamp, toLocalInput } from "../domain/time";
import { newId } from "../domain/trajectories";
import { type AppEnv, bodyOf, type Deps, requireGroup, requireUser } from "./context";
import { formatDay, formatDayOf } from "./day/dates";
import { Fields, type FormState, postForm } from "./form-fields";
import type { FormError } from "./form-problems";
import { FormReader } from "./forms";
import { type Html, html } from "./html";
import type { T } from "./i18n";
import { type PageContext, page } from "./layout";
import { amendmentsByEntry, mayCorrect } from "./participant/corrections";
import { titleOf } from "./terms";

// Correcting or voiding an entry of the group's own log (a session, a chosen topic) from
// the group page: the same rules and words as her timeline's corrections
// (participant/corrections.ts), recorded as `group-event.corrected` or
// `group-event.voided`. The original stays in the log; every view reads the corrected
// group through `effectiveGroupEvents` of @miriam/trajectory, and the group page shows
// the original struck through under the correction.

type Session = GroupEventOf<"group-session.held">;

/** What the session form needs to become a correction form. */
export interface SessionCorrection {
  /** Hidden fields: the correction's type, its id, the event it corrects. */
  readonly hidden: Readonly<Record<string, string>>;
  /** The reason, note and confirmation, drawn by the session form's own `Fields`. */
  readonly fields: (f: Fields) => Html;
}

/** The session form and check of `groups.ts`, which a correction reuses. */
export interface SessionFormParts {
  readonly sessionForm: (
    ctx: PageContext,
    groupId: string,
    state?: FormState,
    correcting?: SessionCorrection,
  ) => Promise<Html>;
  readonly checkedSession: (
    ctx: PageContext,
    user: User,
    groupId: string,
    projectId: string,
    form: FormReader,
    replacing?: { readonly id: string; readonly by: string },
  ) => Promise<{ session?: Session; errors: FormError[] }>;
}

const KINDS = ["correct", "void"] as const;
type Kind = (typeof KINDS)[number];

/** The "correct" and "void" links of one entry of the group's log. */
export function groupCorrectionLinks(groupId: string, event: MethodGroupEvent, t: T): Html {
  return html`<a href="/groups/${groupId}/correct/${encodeURIComponent(event.id)}">${t("correctEntry")}</a> <a href="/groups/${groupId}/void/${encodeURIComponent(event.id)}">${t("voidEntry")}</a>`;
}

/** Who corrected or voided an entry, why and when, as the group page shows it. */
function auditLine(record: GroupCorrectionRecord, language: Language): Html {
  const { correction } = record;
  return html`<br><span class="muted correction">${groupCorrectionEventTypes.label(correction.type, language)} · ${correctionReasons.label(correction.data.reason, language)} · ${correction.by} · ${formatDayOf(correction.at, language)}${correction.data.note ? html` · ${correction.data.note}` : ""}</span>`;
}

// A group's log is read once per version and kept (`Trajectories.group`), the same array
// each time: its corrected form is worked out once per version too, not at every view of
// the group page (which reads it for the sessions and again for the topics).
const amended = new WeakMap<readonly GroupEvent[], ReturnType<typeof amend>>();

function amend(events: readonly GroupEvent[]) {
  const { events: effective, corrections } = effectiveGroupEvents(events);
  return {
    effective,
    current: new Map(effective.map((e) => [e.id, e])),
    amendments: amendmentsByEntry(corrections),
  };
}

/** The applied corrections and voids of each entry, by the entry's id. */
export function amendmentsOf(events: readonly GroupEvent[]) {
  let known = amended.get(events);
  if (known === undefined) {
    known = amend(events);
    amended.set(events, known);
  }
  return known;
}

/**
 * The group's sessions, newest first, as corrected: a corrected session shows its
 * original struck through under it, a voided one is struck through; each says what was
 * done, why, by whom and when. Sessions she may correct offer "correct" and "void".
 */
export function sessionsTable(
  groupId: string,
  events: readonly GroupEvent[],
  ctx: PageContext,
  user: Pick<User, "id" | "role">,
  /** Which sessions to draw, by their date as corrected (all when not given). */
  shown: (date: string) => boolean = () => true,
): { readonly table: Html; readonly hidden: number } {
  const { t, language } = ctx;
  const { current, amendments } = amendmentsOf(events);
  const originals = events.filter((e): e is Session => e.type === "group-session.held");
  if (originals.length === 0)
    return { table: html`<p class="muted">${t("noSessions")}</p>`, hidden: 0 };
  const all = originals.map((original) => ({
    original,
    now: current.get(original.id) as Session | undefined,
  }));
  const rows = all
    .filter(({ original, now }) => shown((now ?? original).data.date))
    .sort((a, b) => (b.now ?? b.original).data.date.localeCompare((a.now ?? a.original).data.date));
  const hidden = all.length - rows.length;
  const what = (s: Session) =>
    `${formatDay(s.data.date, language, "medium")} · ${s.data.topic} · ${s.data.attendees.length}`;
  const table = html`<table class="sessions cards"><thead><tr><th>${t("date")}</th><th>${t("topic")}</th><th class="num">${t("attendees")}</th><th><span class="visually-hidden">${t("attendanceRegister")}</span></th></tr></thead><tbody>
${rows.map(({ original, now }) => {
  const records = amendments.get(original.id) ?? [];
  if (now === undefined)
    return html`<tr id="ev-${original.id}" class="voided"><td data-label="${t("date")}"><del>${formatDay(original.data.date, language, "medium")}</del></td><td data-label="${t("topic")}"><del>${original.data.topic}</del>${records.map((r) => auditLine(r, language))}</td><td class="num" data-label="${t("attendees")}"><del>${original.data.attendees.length}</del></td><td></td></tr>`;
  return html`<tr id="ev-${original.id}"${records.length > 0 ? html` class="corrected"` : ""}><td data-label="${t("date")}">${formatDay(now.data.date, language, "medium")}</td><td data-label="${t("topic")}">${now.data.topic}${now.data.withChildren ? html` <span class="badge">${t("withChildren")}</span>` : ""}${records.length > 0 ? html`<br><del class="original">${what(original)}</del>${records.map((r) => auditLine(r, language))}` : ""}</td><td class="num" data-label="${t("attendees")}">${now.data.attendees.length}</td>
<td><span class="entry-actions"><a href="/groups/${groupId}/sessions/${encodeURIComponent(original.id)}">${t("attendanceRegister")}</a>${mayCorrect(user, original) ? html` ${groupCorrectionLinks(groupId, original, t)}` : ""}</span></td></tr>`;
})}</tbody></table>`;
  return { table, hidden };
}

/** The chosen topics as corrected, with the struck-through originals and their links. */
export function chosenTopicsList(
  groupId: string,
  events: readonly GroupEvent[],
  ctx: PageContext,
  user: Pick<User, "id" | "role">,
): Html {
  const { t, language } = ctx;
  const { current, amendments } = amendmentsOf(events);
  const chosen = events.filter((e) => e.type === "group-topic.chosen");
  if (chosen.length === 0) return html`<p class="muted">—</p>`;
  return html`<ul class="topics">${chosen.map((original) => {
    const now = current.get(original.id);
    const records = amendments.get(original.id) ?? [];
    if (original.type !== "group-topic.chosen") return "";
    if (now?.type !== "group-topic.chosen")
      return html`<li id="ev-${original.id}" class="voided"><del>${original.data.topic}</del>${records.map((r) => auditLine(r, language))}</li>`;
    return html`<li id="ev-${original.id}">${now.data.topic}${records.length > 0 ? html`<br><del class="original">${original.data.topic}</del>${records.map((r) => auditLine(r, language))}` : ""}${mayCorrect(user, original) ? html` <span class="entry-actions">${groupCorrectionLinks(groupId, original, t)}</span>` : ""}</li>`;
  })}</ul>`;
}

/** The original entry a correction is about, as it reads now, or a 404 / 403. */
function correctable(events: readonly GroupEvent[], eventId: string, user: User) {
  const original = events.find((e) => e.id === eventId);
  if (original === undefined || isGroupCorrection(original))
    throw new HTTPException(404, { message: "Not found." });
  const now = amendmentsOf(events).current.get(eventId);
  // A voided entry is gone; only the original of a session or topic is corrected here.
  if (now === undefined || (now.type !== "group-session.held" && now.type !== "group-topic.chosen"))
    throw new HTTPException(404, { message: "Not found." });
  if (!mayCorrect(user, original)) throw new HTTPException(403, { message: "No access." });
  return { original, now };
}

/** A session's fields as the session form sends them: the correction form starts there. */
function sessionValues(session: Session): Record<string, string | string[]> {
  const local = toLocalInput(session.at);
  return {
    date: session.data.date,
    time: local.slice(11, 16),
    minutes: String(session.data.minutes),
    topic: session.data.topic,
    kind: session.data.kind ?? "session",
    partner: session.data.partner ?? "",
    ...(session.data.withChildren ? { withChildren: "on" } : {}),
    attendees: [...session.data.attendees],
  };
}

/** The fields of the correction's data that differ from the entry as it reads now. */
function changedFields(
  now: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next))
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(now[key]))
      changed[key] = value;
  // A partner cleared on the form: an optional field cannot be removed, so it is emptied.
  for (const key of Object.keys(now))
    if (!(key in next) && key === "partner" && now[key] !== "") changed[key] = "";
  return changed;
}

/** The correction and void pages of the group's log, and their recording. */
export function registerGroupCorrectionRoutes(
  app: Hono<AppEnv>,
  deps: Deps,
  { sessionForm, checkedSession }: SessionFormParts,
) {
  const { kit } = deps;

  /** The form: the entry's own fields for a correction, then reason, note, confirmation. */
  async function form(
    ctx: PageContext,
    groupId: string,
    kind: Kind,
    { original, now }: ReturnType<typeof correctable>,
    state?: FormState,
  ): Promise<{ title: string; body: Html }> {
    const { t, language } = ctx;
    const group = await kit.group(groupId);
    const what =
      now.type === "group-session.held"
        ? `${formatDay(now.data.date, language, "medium")} · ${now.data.topic}`
        : now.type === "group-topic.chosen"
          ? now.data.topic
          : "";
    const title = labelAndValue(
      kind === "correct" ? t("correctEntry") : t("voidEntry"),
      `${groupEventTypes.label(original.type, language)} · ${what}`,
      language,
    );
    // Part of the values a prefilled form shows: a form with values takes no defaults.
    const hidden = {
      type: kind === "correct" ? "group-event.corrected" : "group-event.voided",
      target: original.id,
      id: newId(groupId),
    };
    const amendment = (f: Fields) =>
      html`<fieldset><legend>${t("correctionWhy")}</legend>
${f.select("reason", titleOf(correctionReasons, language), correctionReasons, { empty: "—" })}
${f.textarea("note", t("note"), { rows: 3, maxlength: 2000 })}
${f.checkbox("confirm", kind === "correct" ? t("confirmCorrection") : t("confirmVoid"), false, t("confirmation"))}</fieldset>`;
    if (kind === "correct" && now.type === "group-session.held")
      return {
        title,
        body: await sessionForm(
          ctx,
          groupId,
          state ?? { values: { ...sessionValues(now), ...hidden } },
          {
            hidden,
            fields: amendment,
          },
        ),
      };
    const f = new Fields(
      t,
      language,
      state ??
        (kind === "correct" && now.type === "group-topic.chosen"
          ? { values: { topic: now.data.topic, ...hidden } }
          : {}),
    );
    const fields =
      kind === "correct"
        ? html`${f.text("topic", t("topic"), { required: true, maxlength: 200 })}${amendment(f)}`
        : html`${now.type === "group-session.held" ? html`<p>${t("voidSessionExplain", { n: now.data.attendees.length })}</p>` : ""}${amendment(f)}`;
    return {
      title,
      body: postForm(ctx, f, {
        action: `/groups/${groupId}/corrections`,
        hidden,
        body: html`<input type="hidden" name="expectedVersion" value="${group.version}">${fields}`,
        submit: kind === "correct" ? t("correctEntry") : t("voidEntry"),
        cancel: `/groups/${groupId}`,
        danger: kind === "void",
      }),
    };
  }

  for (const kind of KINDS) {
    app.get(`/groups/:gid/${kind}/:eid`, async (c) => {
      const user = requireUser(c, "case-manager");
      const groupId = c.req.param("gid");
      await requireGroup(deps, user, groupId);
      const ctx = c.get("page");
      const group = await kit.group(groupId);
      const entry = correctable(group.events, c.req.param("eid"), user);
      const { title, body } = await form(ctx, groupId, kind, entry);
      return c.html(page(ctx, title, body));
    });
  }

  app.post("/groups/:gid/corrections", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    const stream = await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const body = bodyOf(c);
    const reader = new FormReader(body);
    const type = reader.str("type");
    if (!groupCorrectionEventTypes.has(type))
      throw new HTTPException(404, { message: "Not found." });
    const kind: Kind = type === "group-event.corrected" ? "correct" : "void";
    const group = await kit.group(groupId);
    const entry = correctable(group.events, reader.str("target"), user);
    const { original, now } = entry;
    const again = async (errors: FormError[], status: 409 | 422 = 422) => {
      const { title, body: shown } = await form(ctx, groupId, kind, entry, {
        values: body,
        errors,
      });
      return c.html(page(ctx, title, shown), status);
    };

    const errors: FormError[] = [];
    let corrected: { at?: string; data?: Record<string, unknown> } = {};
    if (kind === "correct" && now.type === "group-session.held") {
      const checked = await checkedSession(ctx, user, groupId, stream.projectId, reader, original);
      errors.push(...checked.errors);
      if (checked.session !== undefined) {
        const data = changedFields(now.data, checked.session.data);
        corrected = {
          ...(checked.session.at === now.at ? {} : { at: checked.session.at }),
          ...(Object.keys(data).length > 0 ? { data } : {}),
        };
      }
    } else if (kind === "correct" && now.type === "group-topic.chosen") {
      const topic = reader.str("topic").trim();
      if (topic === "") errors.push({ field: "topic", message: t("errRequired") });
      else if (topic !== now.data.topic) corrected = { data: { topic } };
    }
    if (
      kind === "correct" &&
      errors.length === 0 &&
      corrected.at === undefined &&
      corrected.data === undefined
    )
      errors.push({ message: t("errNothingChanged") });
    const reason = reader.str("reason");
    if (!correctionReasons.has(reason)) errors.push({ field: "reason", message: t("errRequired") });
    if (!reader.bool("confirm")) errors.push({ field: "confirm", message: t("errConfirm") });
    if (errors.length > 0) return again(errors);

    const note = reader.opt("note")?.trim();
    const candidate = {
      id: reader.opt("id") ?? newId(groupId),
      groupId,
      type,
      at: timestamp(),
      by: user.id,
      data: {
        eventId: original.id,
        reason,
        ...(note ? { note } : {}),
        ...(kind === "correct" ? { corrected } : {}),
      },
    };
    const parsed = GroupEvent.safeParse(candidate);
    if (!parsed.success) return again([{ message: parsed.error.issues[0]?.message ?? "" }]);
    // The kit's own check (the corrected entry must still be a valid one), before it is
    // written: a refusal is said on the form, nothing is recorded.
    const check = effectiveGroupEvents([...group.events, parsed.data]).corrections.find(
      (record) => record.correction.id === parsed.data.id,
    );
    if (check !== undefined && !check.applied)
      return again(check.refusals.map((refusal) => ({ message: refusal.message[language] })));
    const result = await kit.recordGroupEvent(
      user,
      groupId,
      parsed.data,
      reader.int("expectedVersion"),
    );
    if (result.kind === "conflict") return again([{ message: t("conflictExplain") }], 409);
    return c.redirect(`/groups/${groupId}?done=1#ev-${encodeURIComponent(original.id)}`, 303);
  });
}
