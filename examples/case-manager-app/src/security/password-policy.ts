import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The password policy of NIST SP 800-63B (rev. 4, §3.1.1.2): length rather than
 * composition rules, a list of common and breached passwords refused, and no forced
 * rotation (the app never asks for a new password unless an administrator resets it).
 * The list is `@zxcvbn-ts/language-common`'s (about 49,000 passwords from breach
 * corpora), maintained upstream and checked offline.
 */
export const PASSWORD_POLICY = {
  /** NIST's minimum for a password that is the only factor. */
  minLength: 15,
  /** NIST asks to allow at least 64. */
  maxLength: 256,
} as const;

const COMMON = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

/** Why a new password is refused, or undefined when it is acceptable. */
export type PasswordProblem = "too-short" | "too-long" | "common" | "contains-username";

/**
 * Checks a new password (never an existing one at login). Length counts characters
 * (code points) after NFKC normalisation, as the hash does. Pure.
 */
export function passwordProblem(
  password: string,
  context: { readonly username?: string } = {},
): PasswordProblem | undefined {
  const normalised = password.normalize("NFKC");
  const length = [...normalised].length;
  if (length < PASSWORD_POLICY.minLength) return "too-short";
  if (length > PASSWORD_POLICY.maxLength) return "too-long";
  const lower = normalised.toLowerCase();
  if (COMMON.has(lower)) return "common";
  // A common password padded to length ("password1234567") is still a common password.
  const stripped = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (stripped.length < lower.length && COMMON.has(stripped) && stripped.length >= 4)
    return "common";
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) return "contains-username";
  return undefined;
}
