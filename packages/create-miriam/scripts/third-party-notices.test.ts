import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundledPackages, noticesMarkdown } from "./_third-party-notices";

// A bundle's inputs as esbuild's metafile lists them, over a small node_modules tree.
const root = mkdtempSync(join(tmpdir(), "notices-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
};
const manifest = (fields: object) => JSON.stringify(fields);

write("package.json", manifest({ name: "create-miriam", version: "1.0.0" }));
write("src/cli.ts", "");
// entities' layout: a nameless package.json that only sets the module type.
write(
  "node_modules/entities/package.json",
  manifest({
    name: "entities",
    version: "7.0.1",
    license: "BSD-2-Clause",
    repository: "git+https://github.com/fb55/entities.git",
  }),
);
write("node_modules/entities/LICENSE", "Copyright (c) Felix Böhm");
write("node_modules/entities/dist/esm/package.json", manifest({ type: "module" }));
write("node_modules/entities/dist/esm/decode.js", "");
write("node_modules/entities/dist/esm/encode.js", "");
write(
  "node_modules/quiet/package.json",
  manifest({ name: "quiet", version: "1.0.0", license: "MIT" }),
);
write("node_modules/quiet/index.js", "");
write(
  "node_modules/noted/package.json",
  manifest({ name: "noted", version: "2.0.0", license: "Apache-2.0" }),
);
write("node_modules/noted/LICENSE.txt", "Apache License ``` 2.0");
write("node_modules/noted/NOTICE", "This product includes software developed at Noted.");
write("node_modules/noted/index.js", "");
write("kit/schemas/package.json", manifest({ name: "@miriam/schemas", version: "1.0.0" }));
write("kit/schemas/dist/index.js", "");

const inputs = [
  "src/cli.ts",
  "node_modules/entities/dist/esm/decode.js",
  "node_modules/entities/dist/esm/encode.js",
  "node_modules/quiet/index.js",
  "node_modules/noted/index.js",
  "kit/schemas/dist/index.js",
  "<define:process.env.NODE_ENV>",
];

describe("third-party notices", () => {
  const { packages, kit } = bundledPackages(inputs, root, "create-miriam");

  it("find the package of every bundled file, past nested package.json files without a name", () => {
    expect(packages.map((pkg) => `${pkg.name}@${pkg.version}`)).toEqual([
      "entities@7.0.1",
      "noted@2.0.0",
      "quiet@1.0.0",
    ]);
    expect(packages[0]).toMatchObject({
      license: "BSD-2-Clause",
      repository: "https://github.com/fb55/entities",
    });
  });

  it("leave the package itself out and name the kit's own packages apart", () => {
    expect(kit).toEqual(["@miriam/schemas"]);
  });

  it("carry every licence and notice file a package ships, word for word", () => {
    const markdown = noticesMarkdown(packages, kit);
    expect(markdown).toContain("Copyright (c) Felix Böhm");
    expect(markdown).toContain("This product includes software developed at Noted.");
    expect(markdown).toContain("LICENSE.txt:");
    // A fence inside a licence text cannot close the notices' code block.
    expect(markdown).toContain("Apache License ''' 2.0");
    expect(markdown).toMatch(
      /## quiet 1\.0\.0\n\nLicence: MIT\n\nThe package ships no licence file/,
    );
    expect(markdown).toContain("`@miriam/schemas`");
  });
});
