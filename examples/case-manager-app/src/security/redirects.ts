const BASE = "http://same-origin.invalid";

/**
 * The redirect target to use for a path a request asked for, or `fallback`: only a
 * relative path of this site, given in its plain form (`/groups/x?tab=y`), passes.
 * Refused: absolute and protocol-relative URLs, backslashes, and any whitespace or
 * control character (browsers drop tabs and newlines, so `/\t/evil.example` would
 * become `//evil.example`, another site). Pure.
 */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 2000) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  if (/[\s\\\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
