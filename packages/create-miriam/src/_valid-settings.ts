import { type ProjectSettings, type ProjectSettingsInput, validate } from "@miriam/schemas";
import { ScaffoldError } from "./errors";

/**
 * The project settings validated, defaults filled in, or a {@link ScaffoldError}
 * (`invalid-settings`) that lists every problem under `heading`: the one check before
 * anything is scaffolded from them.
 */
export function validSettings(
  settings: ProjectSettingsInput,
  heading = "The project settings are not valid",
): ProjectSettings {
  const result = validate("project-settings", settings);
  if (!result.ok)
    throw new ScaffoldError(
      "invalid-settings",
      `${heading}:\n${result.problems.map((problem) => `- ${problem.message}`).join("\n")}`,
      result.problems,
    );
  return result.value;
}
