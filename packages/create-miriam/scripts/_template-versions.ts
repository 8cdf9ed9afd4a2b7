// Keeps the templates' @miriam/* dependency ranges equal to the workspace packages'
// versions. A template is copied into projects as is, so a stale range would install an
// old SDK, or fail on a version that was never published.

/** The dependency fields of a package.json that can name a workspace package. */
const FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

/** One range that differs from the workspace, or names a package the workspace lacks. */
export interface RangeChange {
  readonly template: string;
  readonly field: string;
  readonly name: string;
  readonly from: string;
  /** The range it should have; `undefined` when no workspace package has that name. */
  readonly to: string | undefined;
}

/** The range a template uses for a workspace package of this version: `^<version>`. */
export function rangeFor(version: string): string {
  return `^${version}`;
}

/**
 * Compares one template manifest with the workspace's versions; returns the changes and
 * the manifest with them applied. Only names under `scope` are considered. Pure.
 */
export function syncManifest(
  template: string,
  manifest: Record<string, unknown>,
  versions: ReadonlyMap<string, string>,
  scope = "@miriam/",
): { changes: RangeChange[]; manifest: Record<string, unknown> } {
  const changes: RangeChange[] = [];
  const next: Record<string, unknown> = { ...manifest };
  for (const field of FIELDS) {
    const deps = manifest[field] as Record<string, string> | undefined;
    if (deps === undefined) continue;
    const updated: Record<string, string> = { ...deps };
    for (const [name, from] of Object.entries(deps)) {
      if (!name.startsWith(scope)) continue;
      const version = versions.get(name);
      const to = version === undefined ? undefined : rangeFor(version);
      if (to === from) continue;
      changes.push({ template, field, name, from, to });
      if (to !== undefined) updated[name] = to;
    }
    next[field] = updated;
  }
  return { changes, manifest: next };
}
