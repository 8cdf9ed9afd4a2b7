import { HTTPException } from "hono/http-exception";
import type { AppContext } from "./context";
import type { FormBody } from "./forms";

/**
 * Reading a request's body once, strictly: whatever a client sends, a malformed body is a
 * 4xx that says what is wrong, never a 500 further on.
 *
 * - The API (`/api/...`) takes JSON objects; the HTML routes take forms (urlencoded or
 *   multipart). Anything else is 415, so a handler only ever sees the shape it expects.
 * - Invalid JSON, or JSON that is not an object, is 400.
 * - Keys that would reach an object's prototype (`__proto__`, `constructor`,
 *   `prototype`) are refused, and the parsed form has no prototype at all.
 * - Control characters other than tab and line breaks are refused in any value: NUL
 *   breaks PostgreSQL text columns, and the others have no place in a case file.
 * - `expectedVersion`, when sent, must be a whole number ≥ 0 (it is never ignored).
 */
export async function readBody(c: AppContext): Promise<FormBody> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const api = c.req.path.startsWith("/api/");
  const hasBody = c.req.raw.body !== null;
  let body: FormBody;
  if (!hasBody && type === "") body = Object.create(null);
  else if (api) {
    if (type !== "application/json") refuse(415, "The API takes application/json.");
    body = await readJson(c);
  } else if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data")
    body = await readForm(c);
  else refuse(415, "A form (application/x-www-form-urlencoded) was expected.");
  check(body, "$");
  const version = body.expectedVersion;
  if (version !== undefined && !isVersion(version))
    refuse(400, "$.expectedVersion: expected a whole number from 0.");
  return body;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// C0 controls but tab, LF and CR; DEL; lone surrogates (not representable in UTF-8).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refuse(status: 400 | 415, message: string): never {
  throw new HTTPException(status, { message });
}

const isVersion = (value: unknown) =>
  typeof value === "number"
    ? Number.isSafeInteger(value) && value >= 0
    : typeof value === "string" && /^\d{1,9}$/.test(value.trim());

async function readJson(c: AppContext): Promise<FormBody> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    refuse(400, "The body is not valid JSON.");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    refuse(400, "The body must be a JSON object.");
  return value as FormBody;
}

async function readForm(c: AppContext): Promise<FormBody> {
  let parsed: Record<string, unknown>;
  try {
    parsed = await c.req.parseBody({ all: true });
  } catch {
    refuse(400, "The form could not be read.");
  }
  const out: FormBody = Object.create(null);
  for (const [key, value] of Object.entries(parsed)) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === "string",
    );
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Refuses forbidden keys and control characters anywhere in the body. */
function check(value: unknown, where: string): void {
  if (typeof value === "string") {
    if (CONTROL.test(value)) refuse(400, `${where}: control characters are not accepted.`);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key) || CONTROL.test(key))
      refuse(400, `${where}: the field name ${JSON.stringify(key.slice(0, 40))} is not accepted.`);
    check(inner, Array.isArray(value) ? `${where}[${key}]` : `${where}.${key}`);
  }
}

/**
 * Refuses a path or query that cannot be decoded or holds control characters (400), so
 * no handler passes such a value on to the database or a page.
 */
export function checkUrl(c: AppContext): void {
  const url = new URL(c.req.url);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    refuse(400, "The address cannot be decoded.");
  }
  if (CONTROL.test(path)) refuse(400, "The address holds control characters.");
  for (const [key, value] of url.searchParams)
    if (CONTROL.test(key) || CONTROL.test(value))
      refuse(400, "The query holds control characters.");
}

/** Whether an Origin header names this server; a malformed one is refused (403). */
export function sameOrigin(origin: string, requestUrl: string): boolean {
  try {
    return new URL(origin).host === new URL(requestUrl).host;
  } catch {
    return false;
  }
}
