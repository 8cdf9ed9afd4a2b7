import {
  closingOutcomes,
  type TrajectoryEvent,
  timepoints,
  trajectoryEventTypes,
  validate,
} from "@miriam/schemas";
import { canAccept, type Step, stepKinds } from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { fromLocalInput, timestamp, toLocalInput } from "../../domain/time";
import { futureCheck, newId } from "../../domain/trajectories";
import { type AppEnv, bodyOf, type Deps } from "../context";
import { Fields, type FormState, postForm } from "../form-fields";
import { type FormError, problemErrors, refusalErrors } from "../form-problems";
import { EVENT_FORMS, FormReader, fieldOfEvent } from "../forms";
import { html } from "../html";
import { type PageContext, page } from "../layout";
import { formContext, type LoadedParticipant, loadParticipant, stepQuery } from "./load";
import { refusalList, stepLabel } from "./steps";

// Recording a step: its form (or why it cannot be recorded now), and the event its
// answers become, with what the person sees when it is refused, invalid or late.

/**
 * The limits of the "when" picker: from her referral (nothing is earlier) to now plus
 * the project's tolerance (nothing recorded has happened in the future), in Brussels time.
 */
export function whenLimits(referralAt: string | undefined, tolerance: number) {
  return {
    ...(referralAt ? { min: toLocalInput(referralAt) } : {}),
    max: toLocalInput(new Date(Date.now() + tolerance * 86_400_000).toISOString()),
  };
}

/** The form of one step, drawn new or again with what she sent and what was wrong. */
function eventFormPage(
  ctx: PageContext,
  participant: LoadedParticipant,
  step: Step,
  options: { state?: FormState; version?: number; goalId?: string | undefined } = {},
): string {
  const { t, language } = ctx;
  const { loaded, settings } = participant;
  const trajectoryId = loaded.stream.id;
  const form = EVENT_FORMS[step.type as TrajectoryEvent["type"]]!;
  const f = new Fields(t, language, options.state);
  const fields = html`${f.date("when", t("when"), {
    type: "datetime-local",
    value: toLocalInput(timestamp()),
    ...whenLimits(loaded.state.context.referral?.at, futureCheck(settings).toleranceDays),
  })}
${form.fields(formContext(ctx, participant, { ...step, goalId: options.goalId, f }))}`;
  const body = postForm(ctx, f, {
    action: `/participants/${trajectoryId}/events`,
    // The step's timepoint or outcome travels in its own form's fields.
    hidden: { type: step.type, eventId: newId(trajectoryId) },
    body: html`<input type="hidden" name="expectedVersion" value="${options.version ?? loaded.version}">${fields}`,
    submit: t("record"),
    cancel: `/participants/${trajectoryId}`,
  });
  return page(ctx, stepLabel(step, language, t), body);
}

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
    const query = stepQuery(c);
    const step = stepOf(type, query);
    const acceptance = canAccept(loaded.state, step);
    if (!acceptance.accepted) {
      return c.html(
        page(
          ctx,
          stepLabel(step, language, t),
          html`<div class="error"><p><strong>${t("refusedTitle")}</strong></p>${refusalList(acceptance.refusals, language, t)}</div>
<p><a href="/participants/${trajectoryId}">← ${t("back")}</a></p>`,
        ),
        422,
      );
    }
    return c.html(eventFormPage(ctx, participant, step, { goalId: query.goalId }));
  });

  app.post("/participants/:tid/events", async (c) => {
    const trajectoryId = c.req.param("tid");
    const participant = await loadParticipant(deps, c, trajectoryId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const body = bodyOf(c);
    const reader = new FormReader(body);
    const type = reader.str("type") as TrajectoryEvent["type"];
    const form = EVENT_FORMS[type];
    if (!form || !trajectoryEventTypes.has(type))
      throw new HTTPException(404, { message: "Not found." });
    const query = { timepoint: reader.str("timepoint"), outcome: reader.str("outcome") };
    const step = stepOf(type, {
      timepoint: timepoints.has(query.timepoint) ? query.timepoint : undefined,
      outcome: closingOutcomes.has(query.outcome) ? query.outcome : undefined,
    });
    const again = (
      errors: FormError[],
      status: 409 | 422,
      options: { version?: number; title?: string } = {},
    ) =>
      c.html(
        eventFormPage(ctx, participant, step, {
          state: {
            values: body,
            errors,
            ...(options.title === undefined ? {} : { title: options.title }),
          },
          ...(options.version === undefined ? {} : { version: options.version }),
        }),
        status,
      );
    // The time she gave, read as Brussels time: a missing or malformed one is said, never
    // silently replaced by now.
    const when = reader.str("when");
    const at = fromLocalInput(when);
    const data = form.data(reader, formContext(ctx, participant, step));
    if (at === undefined) {
      // Said with what else is wrong in her answers, so she corrects everything at once.
      const checked = validate(
        "trajectory-event",
        {
          id: newId(trajectoryId),
          trajectoryId,
          type,
          at: timestamp(),
          by: participant.user.id,
          data,
        },
        domainsOf(participant.settings),
      );
      return again(
        [
          { field: "when", message: t(when === "" ? "errRequired" : "errDate") },
          ...(checked.ok ? [] : problemErrors(checked.problems, fieldOfEvent(type), t)),
        ],
        422,
      );
    }
    const expected = reader.int("expectedVersion");
    const result = await kit.record(
      participant.user,
      trajectoryId,
      { type, data, at, ...(reader.opt("eventId") ? { id: reader.str("eventId") } : {}) },
      expected === undefined || Number.isNaN(expected) ? undefined : expected,
    );
    switch (result.kind) {
      case "recorded":
        return c.redirect(`/participants/${trajectoryId}?done=1`, 303);
      case "duplicate":
        return c.redirect(`/participants/${trajectoryId}?dup=1`, 303);
      case "id-reused":
        return again([{ message: t("eventIdReused") }], 409, { title: t("invalidTitle") });
      case "refused":
        return again(
          refusalErrors(
            result.refusals,
            t,
            language,
            participant.loaded.state.context.referral?.at,
          ),
          422,
          {
            title: t("refusedTitle"),
          },
        );
      case "invalid":
        return again(problemErrors(result.problems, fieldOfEvent(type), t), 422);
      case "conflict":
        // Someone else recorded in her log meanwhile: her answers stay, to check and send
        // again against the new version.
        return again([{ message: t("conflictExplain") }], 409, {
          version: result.version,
          title: t("conflictTitle"),
        });
    }
  });
}

/** The project's own life domains, for checking an event's data as `record` does. */
const domainsOf = (settings: LoadedParticipant["settings"]) => {
  const domains = settings.domains?.map((d) => d.code);
  return domains ? { domains } : undefined;
};

/** The step a form records: the same step the participant page offered. */
function stepOf(
  type: TrajectoryEvent["type"],
  { timepoint, outcome }: { timepoint?: string | undefined; outcome?: string | undefined },
): Step {
  return (
    stepKinds.find(
      (kind) => kind.type === type && kind.timepoint === timepoint && kind.outcome === outcome,
    ) ?? // Only the method's own events have forms (corrections have their own routes).
    ({ type } as Step)
  );
}
