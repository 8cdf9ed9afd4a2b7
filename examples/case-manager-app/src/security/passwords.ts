import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords are hashed with scrypt, Node's built-in memory-hard function: no native
 * dependency to install. N=2^16, r=8, p=1 needs 64 MiB and about 0.2 s per hash, so a
 * stolen table is expensive to attack (OWASP's password storage cheat sheet gives
 * N=2^17 as the strong setting; raise `MIRIAM_SCRYPT_LOG_N` to 17 on a bigger server).
 * The parameters are stored with each hash, so they can be raised later: old hashes
 * still verify.
 */
const DEFAULTS = { N: 2 ** Number(process.env.MIRIAM_SCRYPT_LOG_N ?? 16), r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      // maxmem must exceed 128 * N * r bytes, or Node refuses.
      { ...options, maxmem: 256 * (options.N ?? 1) * (options.r ?? 1) },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string, cost = DEFAULTS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join(
    "$",
  );
}

/** Whether the password matches the stored hash; constant-time comparison. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** The scrypt parameters of a stored hash, or undefined when it is not one of ours. */
export function costOf(stored: string): { N: number; r: number; p: number } | undefined {
  const [scheme, n, r, p] = stored.split("$");
  if (scheme !== "scrypt") return undefined;
  return { N: Number(n), r: Number(r), p: Number(p) };
}

let dummy: Promise<string> | undefined;

/**
 * A hash to compare against when the user does not exist, so that the answer takes as
 * long as for a user who does. Made once, with the parameters this process hashes with
 * (`MIRIAM_SCRYPT_LOG_N`): a fixed hash with other parameters would cost a different
 * time and tell which usernames exist. {@link prepareDummyHash} makes it at start.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString("base64"));
  return dummy;
}

/** Makes the dummy hash now (at start), so the first login does not pay for it. */
export async function prepareDummyHash(): Promise<void> {
  await dummyHash();
}
