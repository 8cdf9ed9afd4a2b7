import type { ProjectSettings } from "../schemas/project-settings";
import { invalidJsonProblem } from "./problem";
import { type ValidationResult, validate } from "./validate";

/**
 * Reads project settings (`miriam.config.json`) from its text: JSON, then the schema with
 * its checks across fields (`minAge` at most `maxAge`, every `min` at most its `max`,
 * unique group ids, the planned length within the fidelity range). Returns the settings
 * with defaults filled in, or problems with a code, a JSON path and a message that
 * `problemMessage` words in NL, FR, DE and EN. Pure; never throws on bad input (a zod
 * `ProjectSettings.parse` would throw a `ZodError` instead).
 *
 * @example
 * ```ts
 * const result = parseProjectSettings(readFileSync("miriam.config.json", "utf8"));
 * if (!result.ok) for (const p of result.problems) console.error(problemMessage(p, "nl"));
 * ```
 */
export function parseProjectSettings(text: string): ValidationResult<ProjectSettings> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [invalidJsonProblem(error, "json-document")] };
  }
  return validate("project-settings", value);
}
