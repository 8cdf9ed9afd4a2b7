const DAY_MS = 86_400_000;

/** Average month length, so participant-months do not depend on which months she was in. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Days between two ISO timestamps or calendar dates (b - a); fractional for timestamps. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / DAY_MS;
}

/** Orders ISO timestamps with different offsets by the instant they name. */
export function byInstant<T extends { readonly at: string }>(events: readonly T[]): readonly T[] {
  // Logs are nearly always in time order already: check before paying for a sort.
  // Timestamps with the same offset compare as strings; only a change of offset (daylight
  // saving time) needs parsing.
  let ordered = true;
  for (let i = 1; i < events.length && ordered; i++) {
    const a = events[i - 1]!.at;
    const b = events[i]!.at;
    ordered =
      a.length === b.length && offsetOf(a) === offsetOf(b)
        ? a <= b
        : Date.parse(a) <= Date.parse(b);
  }
  if (ordered) return events;
  const keyed = events.map((event, index) => ({ event, index, time: Date.parse(event.at) }));
  // Stable on equal instants: the log's order is the recorder's order.
  keyed.sort((x, y) => x.time - y.time || x.index - y.index);
  return keyed.map((entry) => entry.event);
}

/** The offset part of an ISO timestamp (`Z` or `+02:00`). */
function offsetOf(timestamp: string): string {
  return timestamp.endsWith("Z") ? "Z" : timestamp.slice(-6);
}
