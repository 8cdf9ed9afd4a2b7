import { problemMessage, type TrajectoryEvent, trajectoryEventTypes } from "@miriam/schemas";
import { canAccept, type Step, stepKinds } from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { fromLocalInput, timestamp, toLocalInput } from "../../domain/time";
import { newId, type RecordResult } from "../../domain/trajectories";
import { type AppContext, type AppEnv, bodyOf, type Deps } from "../context";
import { EVENT_FORMS, type FormBody, FormReader } from "../forms";
import { type Html, html } from "../html";
import { csrfField, type PageContext, page } from "../layout";
import { formContext, loadParticipant, stepQuery } from "./load";
import { refusalList, stepLabel } from "./steps";

// Recording a step: its form (or why it cannot be recorded now), and the event its
// answers become, with what the person sees when it is refused, invalid or late.

/** The form of one step, and the recording of its answers. */
export function registerRecordRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  app.get("/participants/:tid/record/:type", async (c) => {
    const trajectoryId = c.req.param("tid");
    const type = c.req.param("type") as TrajectoryEvent["type"];
    const participant = await loadParticipant(deps, c, trajectoryId);
    const { loaded } = participant;
    const ctx = c.get("page");
    const { t, language } = ctx;
    const form = EVENT_FORMS[type];
    if (!form || !trajectoryEventTypes.has(type))
      throw new HTTPException(404, { message: "Not found." });
    const { timepoint, outcome } = stepQuery(c);
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
    const body = html`<form method="post" action="/participants/${trajectoryId}/events" class="stack">
${csrfField(ctx)}
<input type="hidden" name="type" value="${type}">
<input type="hidden" name="eventId" value="${newId(trajectoryId)}">
<input type="hidden" name="expectedVersion" value="${loaded.version}">
<label for="f-when">${t("when")}</label><input type="datetime-local" id="f-when" name="when" value="${toLocalInput(timestamp())}" required>
${form.fields(formContext(ctx, participant, { timepoint, outcome }))}
<div class="actions"><button type="submit">${t("record")}</button><a href="/participants/${trajectoryId}">${t("cancel")}</a></div>
</form>`;
    return c.html(page(ctx, title, body));
  });

  app.post("/participants/:tid/events", async (c) => {
    const trajectoryId = c.req.param("tid");
    const participant = await loadParticipant(deps, c, trajectoryId);
    const ctx = c.get("page");
    const body = bodyOf(c);
    const reader = new FormReader(body);
    const type = reader.str("type") as TrajectoryEvent["type"];
    const form = EVENT_FORMS[type];
    if (!form || !trajectoryEventTypes.has(type))
      throw new HTTPException(404, { message: "Not found." });
    const step = { timepoint: reader.str("timepoint"), outcome: reader.str("outcome") };
    const data = form.data(reader, formContext(ctx, participant, step));
    const at = fromLocalInput(reader.str("when"));
    const expected = reader.int("expectedVersion");
    const result = await kit.record(
      participant.user,
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
    case "id-reused":
      return c.html(
        page(
          ctx,
          t("invalidTitle"),
          html`<div class="error" role="alert"><p>${t("eventIdReused")}</p></div>${back}`,
        ),
        409,
      );
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
