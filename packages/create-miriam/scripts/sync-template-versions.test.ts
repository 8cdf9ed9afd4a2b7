import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syncManifest } from "./_template-versions";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("syncManifest", () => {
  const versions = new Map([["@miriam/schemas", "0.3.1"]]);

  it("rewrites a stale range to ^<workspace version>", () => {
    const { changes, manifest } = syncManifest(
      "vendor-starter",
      { dependencies: { "@miriam/schemas": "^0.1.0", zod: "^4.1.0" } },
      versions,
    );
    expect(changes).toEqual([
      {
        template: "vendor-starter",
        field: "dependencies",
        name: "@miriam/schemas",
        from: "^0.1.0",
        to: "^0.3.1",
      },
    ]);
    expect(manifest.dependencies).toEqual({ "@miriam/schemas": "^0.3.1", zod: "^4.1.0" });
  });

  it("reports a package the workspace does not have", () => {
    const { changes } = syncManifest(
      "ocmw-project",
      { devDependencies: { "@miriam/nope": "^1.0.0" } },
      versions,
    );
    expect(changes).toEqual([expect.objectContaining({ name: "@miriam/nope", to: undefined })]);
  });
});

describe("the templates", () => {
  it("use the workspace packages' current versions", () => {
    const versions = new Map<string, string>();
    for (const dir of readdirSync(join(root, "packages"))) {
      const manifest = JSON.parse(
        readFileSync(join(root, "packages", dir, "package.json"), "utf8"),
      );
      versions.set(manifest.name, manifest.version);
    }
    for (const template of ["ocmw-project", "vendor-starter"]) {
      const manifest = JSON.parse(
        readFileSync(join(root, "templates", template, "package.json"), "utf8"),
      );
      expect(syncManifest(template, manifest, versions).changes).toEqual([]);
    }
  });
});
