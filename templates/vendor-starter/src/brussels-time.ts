// Dossio stores local Brussels wall-clock times without an offset; MIRIAM events need
// one ("2025-10-03T14:00:00+02:00"), because a local time is ambiguous across the switch
// to summer time. Belgium follows the EU rule: CEST from the last Sunday of March to the
// last Sunday of October, switching at 01:00 UTC.

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** "YYYY-MM-DD HH:MM" in Brussels → ISO 8601 with its offset. Throws on another format. */
export function brusselsTimestamp(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(local);
  if (match === null) throw new RangeError(`Expected "YYYY-MM-DD HH:MM", got "${local}".`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // The instant if it were winter time; summer time when that instant is inside summer.
  const ifWinter = Date.UTC(year, month - 1, day, hour - 1, minute);
  const summer =
    ifWinter >= Date.UTC(year, 2, lastSunday(year, 3), 1) &&
    ifWinter < Date.UTC(year, 9, lastSunday(year, 10), 1);
  return `${local.slice(0, 10)}T${local.slice(11, 16)}:00+0${summer ? 2 : 1}:00`;
}
