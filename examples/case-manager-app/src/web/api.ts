import {
  correctionEventTypes,
  GroupEvent,
  type Language,
  problemMessage,
  trajectoryEventTypes,
} from "@miriam/schemas";
import { canAccept, currentPhase, isCorrection, isPaused, nextSteps } from "@miriam/trajectory";
import type { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { audit, auditView } from "../db/accounts";
import { trajectoriesOfGroup } from "../db/event-store";
import { eraseParticipant, exportParticipant } from "../domain/privacy";
import { timestamp } from "../domain/time";
import { loadProfile, newId, type RecordResult } from "../domain/trajectories";
import { openApiDocument, operations } from "./api-contract";
import {
  type AppContext,
  type AppEnv,
  canSeeGroup,
  type Deps,
  participantStream,
  requireGroup,
  requireUser,
} from "./context";
import { mayCorrect } from "./participant/corrections";

/**
 * The JSON API over the same rules and storage as the pages: for integrations, the tests
 * and the load benchmark. Authentication is the same session cookie; every POST carries
 * the session's CSRF token in `X-CSRF-Token`.
 */
export function registerApiRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;
  const json = async (c: AppContext) => (c.get("body") ?? {}) as unknown as Record<string, unknown>;

  // The OpenAPI 3.1 document of this API, generated from the routes below once they are
  // all registered (first request), then kept.
  let document: Promise<Record<string, unknown>> | undefined;
  app.get("/api/openapi.json", async (c) => {
    document ??= openApiDocument(app);
    return c.json(await document);
  });

  app.post("/api/session", operations.login, async (c) => {
    const body = await json(c);
    const outcome = await deps.logIn(c, String(body.username ?? ""), String(body.password ?? ""));
    if (outcome.kind === "throttled") {
      c.header("Retry-After", String(outcome.retryAfterSeconds));
      return c.json({ error: "throttled", retryAfter: outcome.retryAfterSeconds }, 429);
    }
    if (outcome.kind === "failed") return c.json({ error: "wrong-credentials" }, 401);
    const { user } = outcome;
    setCookie(c, "miriam_session", outcome.token, {
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
      secure: deps.secureCookies(c),
    });
    await audit(kit.db, user.id, "login", `user:${user.id}`, "api");
    return c.json({ csrfToken: outcome.csrfToken, user: { id: user.id, role: user.role } });
  });

  app.get("/api/groups/:gid/participants", operations.participants, async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const rows = await kit.participants(groupId);
    auditView(kit.db, user.id, "group.viewed", `group:${groupId}`, "api");
    return c.json(
      rows.map((row) => ({
        trajectoryId: row.trajectoryId,
        phase: row.phase,
        paused: row.paused,
        version: row.version,
        due: row.due.map((d) => ({ code: d.code, due: d.due, overdue: d.overdue })),
      })),
    );
  });

  app.post("/api/groups/:gid/trajectories", operations.refer, async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const body = await json(c);
    const result = await kit.refer(
      user,
      groupId,
      {
        referredBy: String(body.referredBy ?? ""),
        eligibility: body.eligibility,
        ...(body.eligibilityException === undefined
          ? {}
          : { eligibilityException: body.eligibilityException }),
        // Only a missing time means now; one of the wrong type is refused by the schema.
        ...(body.at === undefined ? {} : { at: body.at as string }),
      },
      {
        givenName: String(body.givenName ?? ""),
        familyName: String(body.familyName ?? ""),
        preferredLanguage: String(body.preferredLanguage ?? "nl") as Language,
      },
    );
    if (result.kind === "invalid")
      return c.json(
        {
          error: "invalid",
          problems: result.problems.map((p) => problemMessage(p, c.get("language"))),
        },
        400,
      );
    if (result.kind === "ineligible") {
      const language = c.get("language");
      return c.json(
        {
          error: "ineligible",
          reasons: result.reasons.map((reason) => reason[language]),
          remedy: result.remedy[language],
        },
        422,
      );
    }
    return c.json({ trajectoryId: result.trajectoryId }, 201);
  });

  app.get("/api/trajectories/:tid", operations.trajectory, async (c) => {
    const user = requireUser(c, "case-manager");
    const trajectoryId = c.req.param("tid");
    await participantStream(deps, user, trajectoryId);
    const loaded = (await kit.load(trajectoryId, true))!;
    const language = c.get("language");
    const steps = nextSteps(loaded.state);
    auditView(kit.db, user.id, "participant.viewed", trajectoryId, "api");
    return c.json({
      trajectoryId,
      version: loaded.version,
      phase: currentPhase(loaded.state),
      paused: isPaused(loaded.state),
      due: (await kit.due(loaded)).map((d) => ({ code: d.code, due: d.due, overdue: d.overdue })),
      nextSteps: {
        allowed: steps.allowed,
        refused: steps.refused.map(({ step, refusals }) => ({
          step,
          reasons: refusals.map((r) => ({
            rule: r.rule,
            message: r.message[language],
            remedy: r.remedy[language],
          })),
        })),
      },
      events: loaded.events,
    });
  });

  // Records one event. `expectedVersion` makes it conditional (409 when the log moved);
  // without it the server re-checks the rules and retries on a concurrent append.
  app.post("/api/trajectories/:tid/events", operations.record, async (c) => {
    const user = requireUser(c, "case-manager");
    const trajectoryId = c.req.param("tid");
    await participantStream(deps, user, trajectoryId);
    const body = await json(c);
    const type = body.type;
    if (!trajectoryEventTypes.has(type) || type === "trajectory.referred")
      return c.json(
        {
          error: "invalid",
          problems: ["$.type: expected a trajectory event type other than trajectory.referred"],
        },
        400,
      );
    const expected = body.expectedVersion;
    const result = await kit.record(
      user,
      trajectoryId,
      {
        type,
        data: body.data,
        // Only a missing time means now; one of the wrong type is refused by the schema.
        ...(body.at === undefined ? {} : { at: body.at as string }),
        ...(typeof body.id === "string" ? { id: body.id } : {}),
      },
      typeof expected === "number" ? expected : undefined,
    );
    return recordAnswer(c, result);
  });

  // Corrects or voids an earlier event: the author or a coordinator of the project.
  // Idempotent like other appends: a repeated id is a duplicate.
  app.post("/api/trajectories/:tid/corrections", operations.correct, async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const trajectoryId = c.req.param("tid");
    if (user.role === "coordinator") {
      // A coordinator sees every group of her project.
      const stream = await kit.stream("trajectory", trajectoryId);
      if (stream === undefined || !(await canSeeGroup(deps, user, stream.groupId)))
        throw new HTTPException(404, { message: "Not found." });
    } else await participantStream(deps, user, trajectoryId);
    const body = await json(c);
    const type = body.type;
    const data = body.data as { eventId?: unknown } | undefined;
    if (!correctionEventTypes.has(type) || typeof data?.eventId !== "string")
      return c.json(
        {
          error: "invalid",
          problems: [
            "$.type, $.data.eventId: expected event.corrected or event.voided and the id of her event",
          ],
        },
        400,
      );
    const loaded = (await kit.load(trajectoryId, true))!;
    const original = loaded.events.find((e) => e.id === data.eventId);
    if (original !== undefined && !isCorrection(original) && !mayCorrect(user, original))
      throw new HTTPException(403, { message: "Only its author or a coordinator may correct it." });
    const expected = body.expectedVersion;
    const result = await kit.record(
      user,
      trajectoryId,
      { type, data, ...(typeof body.id === "string" ? { id: body.id } : {}) },
      typeof expected === "number" ? expected : undefined,
    );
    return recordAnswer(c, result);
  });

  app.post("/api/groups/:gid/sessions", operations.session, async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const body = await json(c);
    const parsed = GroupEvent.safeParse({
      id: typeof body.id === "string" ? body.id : newId(groupId),
      groupId,
      type: "group-session.held",
      at: body.at === undefined ? timestamp() : body.at,
      by: user.id,
      data: body.data,
    });
    if (!parsed.success)
      return c.json(
        {
          error: "invalid",
          problems: parsed.error.issues.map((i) => `$.${i.path.join(".")}: ${i.message}`),
        },
        400,
      );
    if (parsed.data.type !== "group-session.held") throw new HTTPException(400);
    const members = new Set(await trajectoriesOfGroup(kit.db, groupId));
    for (const trajectoryId of parsed.data.data.attendees) {
      const loaded = members.has(trajectoryId) ? await kit.load(trajectoryId) : undefined;
      const answer = loaded
        ? canAccept(loaded.state, { type: "group-session.attended" })
        : undefined;
      if (!answer?.accepted)
        return c.json(
          {
            error: "refused",
            trajectoryId,
            refusals: answer?.refusals.map((r) => r.rule) ?? ["not-in-group"],
          },
          422,
        );
    }
    const expected = typeof body.expectedVersion === "number" ? body.expectedVersion : undefined;
    const result = await kit.recordGroupEvent(user, groupId, parsed.data, expected);
    if (result.kind === "conflict")
      return c.json({ error: "conflict", version: result.version }, 409);
    return c.json({ version: result.version }, 201);
  });

  app.get("/api/trajectories/:tid/export", operations.export, async (c) => {
    const user = requireUser(c, "case-manager");
    const trajectoryId = c.req.param("tid");
    await participantStream(deps, user, trajectoryId);
    return c.json(await exportParticipant(kit, user, trajectoryId));
  });

  app.post("/api/trajectories/:tid/erase", operations.erase, async (c) => {
    const user = requireUser(c, "case-manager");
    const trajectoryId = c.req.param("tid");
    await participantStream(deps, user, trajectoryId);
    await eraseParticipant(kit, user, trajectoryId);
    const { erased } = await loadProfile(kit.db, trajectoryId);
    return c.json({ erased });
  });
}

/** The answer to recording an event (or a correction): the same shapes for both routes. */
function recordAnswer(c: AppContext, result: RecordResult) {
  const language = c.get("language");
  switch (result.kind) {
    case "recorded":
      return c.json({ version: result.version, event: result.event }, 201);
    case "duplicate":
      return c.json({ duplicate: true, eventId: result.eventId }, 200);
    case "id-reused":
      return c.json({ error: "event-id-reused", eventId: result.eventId }, 409);
    case "invalid":
      return c.json(
        {
          error: "invalid",
          problems: result.problems.map((p) => problemMessage(p, language)),
        },
        400,
      );
    case "refused":
      return c.json(
        {
          error: "refused",
          refusals: result.refusals.map((r) => ({
            rule: r.rule,
            title: r.title[language],
            message: r.message[language],
            remedy: r.remedy[language],
          })),
        },
        422,
      );
    case "conflict":
      return c.json({ error: "conflict", version: result.version, retry: true }, 409);
  }
}
