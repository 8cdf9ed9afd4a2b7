import packageJson from "../package.json" with { type: "json" };

/** @internal The command's version, from its package. */
export const CLI_VERSION: string = packageJson.version;
