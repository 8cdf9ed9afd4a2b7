import { isEvent } from "../generated/event-validator";
import type { SchemaKind } from "../registry";

// The fast path of the line checker (docs/decisions.md, "The event log"): a yes from the
// event schema compiled by ajv (`pnpm generate`), then the few checks of the zod schemas
// that JSON Schema cannot say. A yes means zod accepts the value and gives it back unchanged,
// so the checker keeps the value as parsed; a no means "ask zod", which refuses with the
// problems users read (or accepts a value zod changes, a text it trims).

/**
 * Texts that zod trims before checking their length (`z.string().trim()`), by event type:
 * the published schema cannot say "not blank", and zod's value would differ from the line.
 * A test derives the same list from the zod schemas, so a new `.trim()` cannot be missed.
 */
export const TRIMMED_TEXTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  "trajectory.referred": [["data", "eligibilityException", "reason"]],
  "proposal.made": [["data", "topic"]],
  "group-topic.chosen": [["data", "topic"]],
};

// A Map: a type read from JSON is a fresh string, which an object's keys look up slower.
const trimmedTexts = new Map(Object.entries(TRIMMED_TEXTS));

function trimmed(value: Record<string, unknown>): boolean {
  const paths = trimmedTexts.get(value.type as string);
  if (paths === undefined) return true;
  for (const path of paths) {
    let node: unknown = value;
    for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
    if (typeof node === "string" && node.trim() !== node) return false;
  }
  return true;
}

// A copy of `node` with the text at `path` trimmed; the objects along the path are copied,
// the rest shared.
function withTrimmed(node: unknown, path: readonly string[], at: number): unknown {
  if (at === path.length) return typeof node === "string" ? node.trim() : node;
  if (typeof node !== "object" || node === null) return node;
  const key = path[at]!;
  const inner = (node as Record<string, unknown>)[key];
  const trimmedInner = withTrimmed(inner, path, at + 1);
  return trimmedInner === inner ? node : { ...(node as object), [key]: trimmedInner };
}

/**
 * @internal An event parsed from a line the checker accepted, as the checker gave it: the
 * texts zod trims, trimmed (the same object when none needs it).
 */
export function trimTexts<E>(event: E): E {
  const paths = trimmedTexts.get((event as { type?: unknown }).type as string);
  if (paths === undefined) return event;
  let value: unknown = event;
  for (const path of paths) value = withTrimmed(value, path, 0);
  return value as E;
}

/**
 * @internal Whether zod's schema of an event kind accepts a JSON value (one `JSON.parse`
 * made) and returns it unchanged. `false` says nothing: ask zod. Only for values parsed
 * from JSON: a JavaScript value may hold what JSON cannot (`undefined`, a `Date`).
 */
export type FastAccept = (value: unknown) => boolean;

const accepts: Partial<Record<SchemaKind, FastAccept>> = {
  event: (value) => isEvent(value) && trimmed(value as Record<string, unknown>),
  "trajectory-event": (value) =>
    isEvent(value) &&
    typeof (value as Record<string, unknown>).trajectoryId === "string" &&
    trimmed(value as Record<string, unknown>),
  "group-event": (value) =>
    isEvent(value) &&
    typeof (value as Record<string, unknown>).groupId === "string" &&
    trimmed(value as Record<string, unknown>),
};

/** @internal The fast path of a kind, when it has one (the event kinds). */
export function fastAccept(kind: SchemaKind): FastAccept | undefined {
  return accepts[kind];
}
