/**
 * Failed logins per username: after 5 within 15 minutes, that username is refused until
 * the window passes, whatever the password. In memory on purpose: a restart forgets,
 * which is acceptable for a slowdown (the scrypt hash is the real cost to an attacker).
 */
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;
const failures = new Map<string, { count: number; since: number }>();

export function tooManyFailures(username: string): boolean {
  const entry = failures.get(username);
  if (entry === undefined) return false;
  if (Date.now() - entry.since > WINDOW_MS) {
    failures.delete(username);
    return false;
  }
  return entry.count >= MAX_FAILURES;
}

export function noteFailure(username: string): void {
  const entry = failures.get(username) ?? { count: 0, since: Date.now() };
  failures.set(username, { ...entry, count: entry.count + 1 });
}

export function noteSuccess(username: string): void {
  failures.delete(username);
}
