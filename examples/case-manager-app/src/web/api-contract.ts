// The JSON API's contract: zod schemas of its bodies and answers, and the OpenAPI 3.1
// document generated from them and from the routes (hono-openapi reads the describeRoute
// middleware of each API route). Served at /api/openapi.json, written to openapi.json by
// `pnpm generate`, linted in CI and published on the docs site. The event schemas are the
// kit's own (@miriam/schemas), so the document and the interchange format cannot drift.
import {
  closingOutcomes,
  consentScopes,
  correctionEventData,
  EligibilityException,
  EligibilityFacts,
  groupEventData,
  LANGUAGES,
  ParticipantProfile,
  TrajectoryEvent,
  timepoints,
  trajectoryEventTypes,
  trajectoryPhases,
} from "@miriam/schemas";
import type { Env, Hono } from "hono";
import { describeRoute, generateSpecs, resolver } from "hono-openapi";
import { z } from "zod";

const Language = z.enum(LANGUAGES);
const Phase = trajectoryPhases.schema.nullable().meta({
  description: "The phase of the trajectory (null before the information talk).",
});
const RecordableType = z
  .enum(trajectoryEventTypes.codes)
  .exclude(["trajectory.referred"])
  .meta({ description: "A trajectory event type; a referral has its own route." });

const Due = z
  .object({
    code: z.string().meta({ description: "What is due, e.g. personal-plan." }),
    due: z.iso.date(),
    overdue: z.boolean(),
  })
  .meta({ id: "DueAction" });

/** A step the statechart is asked about: an event type and the few fields the rules read. */
const Step = z
  .object({
    type: z.string().meta({ description: "An event type, or group-session.attended." }),
    trajectoryId: z.string().optional(),
    timepoint: timepoints.schema.optional(),
    outcome: closingOutcomes.schema.optional(),
    scopes: z.array(consentScopes.schema).optional(),
    goalId: z.string().optional(),
  })
  .meta({ id: "Step" });

/** A refused step: the hard rule, why, and what would make it possible, in one language. */
const Reason = z
  .object({ rule: z.string(), message: z.string(), remedy: z.string() })
  .meta({ id: "RefusalReason" });

// ---- request bodies -----------------------------------------------------------------

export const LoginBody = z
  .object({ username: z.string(), password: z.string() })
  .meta({ id: "LoginBody" });

export const ReferralBody = z
  .object({
    referredBy: z.string().meta({ description: "Pseudonymous id of the referring worker." }),
    eligibility: EligibilityFacts,
    eligibilityException: EligibilityException.optional().meta({
      description:
        "A project coordinator's exception for a mother outside the project's eligibility rules: the coordinator's user id and the reason.",
    }),
    at: z.iso.datetime({ offset: true }).optional(),
    givenName: z.string(),
    familyName: z.string(),
    preferredLanguage: Language.optional().meta({ description: "Default nl." }),
  })
  .meta({ id: "ReferralBody" });

export const RecordEventBody = z
  .object({
    type: RecordableType,
    data: z.record(z.string(), z.unknown()).meta({
      description:
        "The event's data, as in the trajectory-event JSON Schema of @miriam/schemas for this type.",
    }),
    at: z.iso.datetime({ offset: true }).optional().meta({ description: "Default: now." }),
    id: z
      .string()
      .optional()
      .meta({ description: "The event's id; a repeated id is a duplicate." }),
    expectedVersion: z.int().optional().meta({
      description: "Record only if the trajectory's log is at this version (409 otherwise).",
    }),
  })
  .meta({ id: "RecordEventBody" });

export const CorrectionBody = z
  .object({
    type: z.enum(["event.corrected", "event.voided"]).meta({
      description: "Correct some fields of an earlier event, or void it.",
    }),
    data: z
      .union([correctionEventData["event.corrected"], correctionEventData["event.voided"]])
      .meta({
        description:
          "The event it amends (eventId), the reason code, an optional note, and for a correction the corrected fields (at, data).",
      }),
    id: z
      .string()
      .optional()
      .meta({ description: "The correction's id; a repeated id is a duplicate." }),
    expectedVersion: z.int().optional().meta({
      description: "Record only if the trajectory's log is at this version (409 otherwise).",
    }),
  })
  .meta({ id: "CorrectionBody" });

export const GroupSessionBody = z
  .object({
    data: groupEventData["group-session.held"],
    at: z.iso.datetime({ offset: true }).optional(),
    id: z.string().optional(),
    expectedVersion: z.int().optional(),
  })
  .meta({ id: "GroupSessionBody" });

// ---- answers ------------------------------------------------------------------------

export const ApiError = z
  .object({ error: z.string().meta({ description: "A stable code or a short message." }) })
  .meta({ id: "Error" });

export const Invalid = z
  .object({
    error: z.literal("invalid"),
    problems: z.array(z.string()).meta({ description: "Each problem, in the user's language." }),
  })
  .meta({ id: "Invalid" });

export const Session = z
  .object({
    csrfToken: z.string().meta({ description: "Send it as X-CSRF-Token on every POST." }),
    user: z.object({ id: z.string(), role: z.enum(["case-manager", "coordinator", "admin"]) }),
  })
  .meta({ id: "Session" });

export const ParticipantRow = z
  .object({
    trajectoryId: z.string(),
    phase: Phase,
    paused: z.boolean(),
    version: z.int(),
    due: z.array(Due),
  })
  .meta({ id: "ParticipantRow" });

export const Trajectory = z
  .object({
    trajectoryId: z.string(),
    version: z.int().meta({ description: "The log's version, for expectedVersion." }),
    phase: Phase,
    paused: z.boolean(),
    due: z.array(Due),
    nextSteps: z.object({
      allowed: z.array(Step),
      refused: z.array(z.object({ step: Step, reasons: z.array(Reason) })),
    }),
    events: z.array(TrajectoryEvent),
  })
  .meta({ id: "Trajectory" });

export const Recorded = z
  .object({ version: z.int(), event: TrajectoryEvent })
  .meta({ id: "Recorded" });

export const Duplicate = z
  .object({ duplicate: z.literal(true), eventId: z.string() })
  .meta({ id: "Duplicate" });

export const Refused = z
  .object({
    error: z.literal("refused"),
    refusals: z.array(
      z.object({ rule: z.string(), title: z.string(), message: z.string(), remedy: z.string() }),
    ),
  })
  .meta({ id: "Refused" });

export const Ineligible = z
  .object({
    error: z.literal("ineligible"),
    reasons: z
      .array(z.string())
      .meta({ description: "Each eligibility rule she does not meet, in the user's language." }),
    remedy: z.string(),
  })
  .meta({ id: "Ineligible" });

export const AttendanceRefused = z
  .object({
    error: z.literal("refused"),
    trajectoryId: z.string().meta({ description: "The attendee the session cannot count." }),
    refusals: z.array(z.string()).meta({ description: "Rule ids, or not-in-group." }),
  })
  .meta({ id: "AttendanceRefused" });

export const Conflict = z
  .object({
    error: z.literal("conflict"),
    version: z.int().meta({ description: "The log's version now." }),
    retry: z.boolean().optional(),
  })
  .meta({ id: "Conflict" });

export const EventIdReused = z
  .object({
    error: z.literal("event-id-reused"),
    eventId: z.string().meta({ description: "The id, already used by another event." }),
  })
  .meta({ id: "EventIdReused" });

export const Version = z.object({ version: z.int() }).meta({ id: "Version" });

export const ParticipantExport = z
  .object({
    kind: z.literal("miriam-participant-export"),
    formatVersion: z.int(),
    exportedAt: z.iso.datetime(),
    trajectoryId: z.string(),
    erased: z.boolean(),
    profile: ParticipantProfile.nullable(),
    events: z.array(TrajectoryEvent),
    groupSessionsAttended: z.array(
      z.object({ id: z.string(), date: z.iso.date(), topic: z.string() }),
    ),
    accessLog: z.array(z.record(z.string(), z.unknown())).meta({
      description: "Who viewed or changed her file, and when.",
    }),
  })
  .meta({ id: "ParticipantExport" });

export const Erased = z.object({ erased: z.boolean() }).meta({ id: "Erased" });

// ---- operations ---------------------------------------------------------------------

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: resolver(schema) } },
});
const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: resolver(schema) } },
});
const pathId = (name: string, description: string) => ({
  name,
  in: "path" as const,
  required: true,
  schema: { type: "string" as const },
  description,
});
const gid = pathId("gid", "The group's id.");
const tid = pathId("tid", "The trajectory's (pseudonymous) id.");
const signedIn = {
  401: json(ApiError, "Not signed in."),
  403: json(ApiError, "Not allowed for this user, or a POST without the session's CSRF token."),
  404: json(ApiError, "No such group or trajectory, or not one of the user's."),
};
const security = [{ session: [], csrf: [] }];

/** The describeRoute middleware of each API route, by route. */
export const operations = {
  login: describeRoute({
    operationId: "login",
    tags: ["session"],
    summary: "Sign in; the answer sets the session cookie and gives the CSRF token",
    security: [],
    requestBody: body(LoginBody),
    responses: {
      200: json(Session, "Signed in."),
      401: json(ApiError, "Wrong user name or password, or too many failures."),
      415: json(ApiError, "The body is not JSON."),
    },
  }),
  participants: describeRoute({
    operationId: "listParticipants",
    tags: ["groups"],
    summary: "The participants of a group, with their phase and what is due",
    security: [{ session: [] }],
    parameters: [gid],
    responses: { 200: json(z.array(ParticipantRow), "The group's participants."), ...signedIn },
  }),
  refer: describeRoute({
    operationId: "referParticipant",
    tags: ["groups"],
    summary: "Refer a mother to a group: starts her trajectory",
    security,
    parameters: [gid],
    requestBody: body(ReferralBody),
    responses: {
      201: json(z.object({ trajectoryId: z.string() }), "Referred."),
      400: json(Invalid, "The referral is not valid."),
      422: json(
        Ineligible,
        "She is outside the project's eligibility rules, with no valid exception.",
      ),
      ...signedIn,
    },
  }),
  session: describeRoute({
    operationId: "recordGroupSession",
    tags: ["groups"],
    summary: "Record a group session with its attendance",
    security,
    parameters: [gid],
    requestBody: body(GroupSessionBody),
    responses: {
      201: json(Version, "Recorded; the group log's new version."),
      400: json(Invalid, "The session is not valid."),
      409: json(Conflict, "The group's log moved on since expectedVersion."),
      422: json(AttendanceRefused, "An attendee cannot attend (not in the group, or her phase)."),
      ...signedIn,
    },
  }),
  trajectory: describeRoute({
    operationId: "getTrajectory",
    tags: ["trajectories"],
    summary: "A trajectory: phase, what is due, the next steps with reasons, its events",
    security: [{ session: [] }],
    parameters: [tid],
    responses: { 200: json(Trajectory, "The trajectory."), ...signedIn },
  }),
  record: describeRoute({
    operationId: "recordEvent",
    tags: ["trajectories"],
    summary: "Record one event; a step that breaks a hard rule is refused with the reason",
    security,
    parameters: [tid],
    requestBody: body(RecordEventBody),
    responses: {
      200: json(
        Duplicate,
        "This very event (same id and content) is already recorded: nothing changed.",
      ),
      201: json(Recorded, "Recorded."),
      400: json(Invalid, "The event is not valid."),
      409: json(
        z.union([Conflict, EventIdReused]),
        "The log moved on since expectedVersion (read it and retry), or the id is already used by another event.",
      ),
      422: json(Refused, "Refused by a hard rule of the method."),
      ...signedIn,
    },
  }),
  correct: describeRoute({
    operationId: "correctEvent",
    tags: ["trajectories"],
    summary:
      "Correct or void an earlier event (by its author or a coordinator); the original stays in the log",
    security,
    parameters: [tid],
    requestBody: body(CorrectionBody),
    responses: {
      200: json(Duplicate, "A correction with this id is already recorded: nothing changed."),
      201: json(Recorded, "Recorded."),
      400: json(Invalid, "The correction is not valid."),
      409: json(Conflict, "The log moved on since expectedVersion; read it and retry."),
      422: json(
        Refused,
        "Refused: it points at no event of hers, at a voided event or at another correction, or it would make her trajectory invalid.",
      ),
      ...signedIn,
    },
  }),
  export: describeRoute({
    operationId: "exportParticipant",
    tags: ["her data"],
    summary: "Everything the app holds about her (right of access, GDPR art. 15)",
    security: [{ session: [] }],
    parameters: [tid],
    responses: { 200: json(ParticipantExport, "Her data."), ...signedIn },
  }),
  erase: describeRoute({
    operationId: "eraseParticipant",
    tags: ["her data"],
    summary: "Erase her personal data; the events keep what the method's aggregates need",
    security,
    parameters: [tid],
    responses: { 200: json(Erased, "Erased."), ...signedIn },
  }),
};

/** The OpenAPI 3.1 document of the app's JSON API, from its routes. */
export async function openApiDocument<E extends Env>(
  app: Hono<E>,
): Promise<Record<string, unknown>> {
  const document = await generateSpecs(app, {
    documentation: {
      openapi: "3.1.0",
      info: {
        title: "MIRIAM case-manager app: JSON API",
        version: "1",
        description:
          "The JSON API of the MIRIAM reference case-manager app: the same rules and storage as its pages, for integrations. Sign in with POST /api/session; the answer sets the session cookie and gives a CSRF token that every POST sends as X-CSRF-Token. Events follow the MIRIAM interchange format (@miriam/schemas).",
        license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
      },
      servers: [{ url: "/", description: "The app that serves this document." }],
      tags: [
        { name: "session", description: "Signing in." },
        { name: "groups", description: "Groups, referrals and group sessions." },
        { name: "trajectories", description: "One mother's trajectory and its events." },
        { name: "her data", description: "Her rights of access and erasure." },
      ],
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "miriam_session" },
          csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
        },
      },
    },
    exclude: [/^(?!\/api\/)/],
  });
  return document as unknown as Record<string, unknown>;
}
