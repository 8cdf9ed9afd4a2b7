import { brusselsLocalTimestamp } from "@miriam/schemas";

// Dossio stores local Brussels wall-clock times without an offset; MIRIAM events need
// one ("2025-10-03T14:00:00+02:00"), because a local time is ambiguous across the switch
// to summer time. The offset rule is @miriam/schemas's; only Dossio's format is read here.

/** "YYYY-MM-DD HH:MM" in Brussels → ISO 8601 with its offset. Throws on another format. */
export function brusselsTimestamp(local: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(local);
  if (match === null) throw new RangeError(`Expected "YYYY-MM-DD HH:MM", got "${local}".`);
  return brusselsLocalTimestamp(match[1] as string, match[2] as string);
}
