import {
  correctionEventTypes,
  correctionReasons,
  labelAndValue,
  type MethodTrajectoryEvent,
  problemMessage,
  type TrajectoryEvent,
  trajectoryEventTypes,
} from "@miriam/schemas";
import { effectiveEvents, isCorrection } from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { User } from "../../db/accounts";
import { fromLocalInput, toLocalInput } from "../../domain/time";
import { newId } from "../../domain/trajectories";
import { type AppEnv, bodyOf, type Deps } from "../context";
import { formatDayOf } from "../day/dates";
import { FormReader } from "../forms";
import { type Html, html } from "../html";
import { csrfField, page } from "../layout";
import { loadParticipant } from "./load";
import { refusalList } from "./steps";

// Correcting or voiding an entry of her timeline: the form (a reason from the kit's
// vocabulary, confirmed), and the `event.corrected` or `event.voided` it becomes. The
// original stays in her log; the replay shows the corrected state (docs/decisions.md,
// "Corrections and voids").

/**
 * Whether a user may correct or void an event: the worker who recorded it, or a
 * coordinator of the project (who sees every group of it).
 */
export function mayCorrect(user: Pick<User, "id" | "role">, event: { readonly by: string }) {
  return user.role === "coordinator" || event.by === user.id;
}

/** The original event a correction form is about, or a 404 / 403. */
export function correctableEvent(
  events: readonly TrajectoryEvent[],
  eventId: string,
  user: Pick<User, "id" | "role">,
): MethodTrajectoryEvent {
  const event = events.find((e) => e.id === eventId);
  if (event === undefined || isCorrection(event))
    throw new HTTPException(404, { message: "Not found." });
  if (!mayCorrect(user, event)) throw new HTTPException(403, { message: "No access." });
  return event;
}

/**
 * The applied corrections and voids of a log (her timeline's or a group's), by the id of
 * the entry each amends, in the order they were resolved; refused ones are left out.
 */
export function amendmentsByEntry<
  R extends { readonly applied: boolean; readonly correction: { data: { eventId: string } } },
>(records: readonly R[]): Map<string, R[]> {
  const amendments = new Map<string, R[]>();
  for (const record of records) {
    if (!record.applied) continue;
    const list = amendments.get(record.correction.data.eventId) ?? [];
    list.push(record);
    amendments.set(record.correction.data.eventId, list);
  }
  return amendments;
}

/** The "correct" and "void" links of one timeline entry. */
export function correctionLinks(
  trajectoryId: string,
  event: MethodTrajectoryEvent,
  t: (key: "correctEntry" | "voidEntry") => string,
): Html {
  return html` <span class="muted corrections">· <a href="/participants/${trajectoryId}/correct/${event.id}">${t("correctEntry")}</a> · <a href="/participants/${trajectoryId}/void/${event.id}">${t("voidEntry")}</a></span>`;
}

/** The correction and void pages and their recording. */
export function registerCorrectionRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  for (const kind of ["correct", "void"] as const) {
    app.get(`/participants/:tid/${kind}/:eid`, async (c) => {
      const trajectoryId = c.req.param("tid");
      const { user, loaded } = await loadParticipant(deps, c, trajectoryId);
      const ctx = c.get("page");
      const { t, language } = ctx;
      const original = correctableEvent(loaded.events, c.req.param("eid"), user);
      // As it reads now: a second correction starts from the first.
      const shown =
        effectiveEvents(loaded.events).events.find((e) => e.id === original.id) ?? original;
      const what = `${formatDayOf(shown.at, language)} · ${trajectoryEventTypes.label(original.type, language)}`;
      const reasons = correctionReasons.terms.map(
        (term) => html`<option value="${term.code}">${term.labels[language]}</option>`,
      );
      const type = kind === "correct" ? "event.corrected" : "event.voided";
      const title = labelAndValue(
        kind === "correct" ? t("correctEntry") : t("voidEntry"),
        what,
        language,
      );
      const body = html`<form method="post" action="/participants/${trajectoryId}/corrections" class="stack">
${csrfField(ctx)}
<input type="hidden" name="type" value="${type}">
<input type="hidden" name="eventId" value="${original.id}">
<input type="hidden" name="id" value="${newId(trajectoryId)}">
<input type="hidden" name="expectedVersion" value="${loaded.version}">
${kind === "correct" ? html`<label for="f-when">${t("when")}</label><input type="datetime-local" id="f-when" name="when" value="${toLocalInput(shown.at)}" required>` : ""}
<label for="f-reason">${correctionReasons.title[language]}</label><select id="f-reason" name="reason" required>${reasons}</select>
<label for="f-note">${t("note")}</label><textarea id="f-note" name="note" rows="3"></textarea>
<label class="check"><input type="checkbox" name="confirm" value="1" required> ${kind === "correct" ? t("confirmCorrection") : t("confirmVoid")}</label>
<div class="actions"><button type="submit">${kind === "correct" ? t("correctEntry") : t("voidEntry")}</button><a href="/participants/${trajectoryId}">${t("cancel")}</a></div>
</form>`;
      return c.html(page(ctx, title, body));
    });
  }

  app.post("/participants/:tid/corrections", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded } = await loadParticipant(deps, c, trajectoryId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const reader = new FormReader(bodyOf(c));
    const type = reader.str("type");
    if (!correctionEventTypes.has(type)) throw new HTTPException(404, { message: "Not found." });
    const original = correctableEvent(loaded.events, reader.str("eventId"), user);
    const note = reader.opt("note")?.trim();
    const common = {
      eventId: original.id,
      reason: reader.str("reason"),
      ...(note ? { note } : {}),
    };
    const at = type === "event.corrected" ? fromLocalInput(reader.str("when")) : undefined;
    const data =
      type === "event.corrected"
        ? { ...common, corrected: at === undefined ? {} : { at } }
        : common;
    const expected = reader.int("expectedVersion");
    const result = await kit.record(
      user,
      trajectoryId,
      { type, data, ...(reader.opt("id") ? { id: reader.str("id") } : {}) },
      expected === undefined || Number.isNaN(expected) ? undefined : expected,
    );
    const back = html`<p><a href="/participants/${trajectoryId}">← ${t("back")}</a></p>`;
    switch (result.kind) {
      case "recorded":
        return c.redirect(`/participants/${trajectoryId}?done=1#ev-${original.id}`, 303);
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
            html`<div class="error" role="alert"><ul>${result.problems.map((p) => html`<li>${problemMessage(p, language)}</li>`)}</ul></div>${back}`,
          ),
          400,
        );
      case "conflict":
        return c.redirect(`/participants/${trajectoryId}`, 303);
    }
  });
}
