import type { Problem } from "@miriam/schemas";

/** Why a scaffold was refused. */
export type ScaffoldErrorCode =
  | "not-empty"
  | "not-a-directory"
  | "symlink"
  | "path-escape"
  | "invalid-name"
  | "invalid-option"
  | "invalid-settings"
  | "templates-missing";

/**
 * Thrown when a scaffold is refused: the target is not empty, a name or an option is not
 * valid, or a path would leave the target directory. Nothing has been written when it is
 * thrown before the first file (every check but a failing write runs first). The message
 * says what to do; `problems` lists the settings' problems for `invalid-settings`.
 */
export class ScaffoldError extends Error {
  /** What was refused, for programs. */
  readonly code: ScaffoldErrorCode;
  /** The settings' validation problems (for `invalid-settings`), else empty. */
  readonly problems: readonly Problem[];

  /** Creates the error with a message for the person who ran the scaffold. */
  constructor(code: ScaffoldErrorCode, message: string, problems: readonly Problem[] = []) {
    super(message);
    this.name = "ScaffoldError";
    this.code = code;
    this.problems = problems;
  }
}
