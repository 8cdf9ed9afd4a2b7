import packageJson from "../package.json" with { type: "json" };

/** The name of this kit, as conformance reports give it. */
export const KIT_NAME: string = packageJson.name;

/** The version of this kit, as conformance reports give it. */
export const KIT_VERSION: string = packageJson.version;
