/**
 * Throttling of failed logins with growing delays (NIST SP 800-63B, rate limiting), in
 * place of a lockout: a lockout lets anyone lock a case manager out by failing five times
 * with her name. Here each failure makes the next attempt wait longer, counted three
 * ways:
 *
 * - per client address and username: a few free mistakes, then 1 s, 2 s, 4 s ... (up to
 *   5 minutes). This is what slows a guesser, and it slows only her own address;
 * - per client address: more free mistakes (an office behind one address), then the
 *   same growth, against one address trying many names;
 * - per username, from any address: NIST's ceiling of 100 failures, against a guesser
 *   spread over many addresses. Only this one can slow the real user, and only after a
 *   hundred failures.
 *
 * Failures are forgotten an hour after the last one. In memory on purpose: a restart
 * forgets, which is acceptable for a slowdown (scrypt is the real cost to an attacker).
 */
export interface ThrottleRule {
  /** Failures allowed before any delay. */
  readonly free: number;
  /** The first delay; each further failure doubles it. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** The kit's defaults (docs/decisions.md). */
export const THROTTLE_RULES = {
  addressAndUser: { free: 3, firstDelayMs: 1_000, maxDelayMs: 300_000 },
  address: { free: 20, firstDelayMs: 1_000, maxDelayMs: 300_000 },
  user: { free: 100, firstDelayMs: 1_000, maxDelayMs: 900_000 },
} as const satisfies Record<string, ThrottleRule>;

const FORGET_AFTER_MS = 60 * 60_000;
const MAX_ENTRIES = 100_000;

interface Entry {
  failures: number;
  last: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly rules: typeof THROTTLE_RULES = THROTTLE_RULES,
  ) {}

  /**
   * How long (ms) this client must still wait before trying this username; 0 when it may
   * try now. A throttled attempt is answered without checking the password, the same way
   * whether the username exists or not.
   */
  wait(address: string, username: string): number {
    let wait = 0;
    for (const [key, rule] of this.keys(address, username)) {
      const entry = this.current(key);
      if (entry === undefined || entry.failures < rule.free) continue;
      const delay = Math.min(
        rule.maxDelayMs,
        rule.firstDelayMs * 2 ** (entry.failures - rule.free),
      );
      wait = Math.max(wait, entry.last + delay - this.now());
    }
    return Math.max(0, wait);
  }

  /** Counts a failed login. */
  failed(address: string, username: string): void {
    for (const [key] of this.keys(address, username)) {
      const entry = this.current(key) ?? { failures: 0, last: 0 };
      this.entries.delete(key);
      this.entries.set(key, { failures: entry.failures + 1, last: this.now() });
    }
    // Oldest first in a Map: a flood of addresses cannot grow memory without bound.
    while (this.entries.size > MAX_ENTRIES)
      this.entries.delete(this.entries.keys().next().value as string);
  }

  /**
   * A successful login forgives this address's mistakes with this name (not the
   * address's count: one valid account must not reset a guesser's delay).
   */
  succeeded(address: string, username: string): void {
    this.entries.delete(this.keys(address, username)[0]![0]);
  }

  private keys(address: string, username: string): [string, ThrottleRule][] {
    const name = username.trim().normalize("NFKC").toLowerCase();
    return [
      [`p\u0000${address}\u0000${name}`, this.rules.addressAndUser],
      [`a\u0000${address}`, this.rules.address],
      [`u\u0000${name}`, this.rules.user],
    ];
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && this.now() - entry.last > FORGET_AFTER_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
