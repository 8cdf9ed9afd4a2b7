/** A package manager the scaffold can name in its next steps and run to install. */
export interface PackageManager {
  /** `npm`, `pnpm`, `yarn`, `bun` or `deno`. */
  readonly name: "npm" | "pnpm" | "yarn" | "bun" | "deno";
  /** Its version from the user agent, when known. */
  readonly version?: string;
  /** The install command, e.g. `pnpm install`. */
  readonly install: string;
  /** The command that runs a package script, e.g. `npm run check`. */
  run(script: string): string;
}

const NAMES = ["npm", "pnpm", "yarn", "bun", "deno"] as const;

/**
 * The package manager that started the scaffold, read from `npm_config_user_agent`
 * (`"pnpm/10.34.9 npm/? node/v20.20.2 linux x64"` when run by `pnpm create miriam`);
 * npm when the agent is missing or unknown. Pure.
 *
 * @example
 * ```ts
 * detectPackageManager(process.env.npm_config_user_agent).run("test"); // "pnpm test" under pnpm
 * ```
 */
export function detectPackageManager(userAgent: string | undefined): PackageManager {
  const [agent] = (userAgent ?? "").split(" ");
  const [rawName, version] = (agent ?? "").split("/");
  const name = NAMES.find((candidate) => candidate === rawName) ?? "npm";
  const run = (script: string) =>
    name === "npm" || name === "bun"
      ? `${name} run ${script}`
      : name === "deno"
        ? `deno task ${script}`
        : `${name} ${script}`;
  return {
    name,
    ...(version !== undefined && name === rawName ? { version } : {}),
    install: name === "yarn" ? "yarn" : `${name} install`,
    run,
  };
}
