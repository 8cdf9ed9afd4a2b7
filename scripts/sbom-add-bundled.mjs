// Adds the packages compiled into a bundle to its CycloneDX SBOM, as components the root
// component depends on, marked bundled the way @cyclonedx/cyclonedx-npm marks npm's own
// bundled dependencies. Usage: node sbom-add-bundled.mjs <sbom.cdx.json> <packages.json>
// where packages.json is [{ name, version, license, repository? }].
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const [sbomPath, listPath] = process.argv.slice(2);
const sbom = JSON.parse(readFileSync(sbomPath, "utf8"));
const bundled = JSON.parse(readFileSync(listPath, "utf8"));
const root = sbom.metadata.component;

const added = bundled.map(({ name, version, license, repository }) => {
  const [group, local] = name.startsWith("@") ? name.split("/") : [undefined, name];
  const purl = `pkg:npm/${group ? `${encodeURIComponent(group)}/` : ""}${local}@${version}`;
  return {
    type: "library",
    "bom-ref": `${root["bom-ref"]}|bundled|${name}@${version}`,
    ...(group ? { group } : {}),
    name: local,
    version,
    purl,
    licenses: [{ expression: license }],
    ...(repository ? { externalReferences: [{ type: "vcs", url: repository }] } : {}),
    properties: [{ name: "cdx:npm:package:bundled", value: "true" }],
  };
});
sbom.components = [...(sbom.components ?? []), ...added];
const dependencies = sbom.dependencies ?? [];
const rootDependency = dependencies.find((entry) => entry.ref === root["bom-ref"]);
const refs = added.map((component) => component["bom-ref"]);
if (rootDependency) rootDependency.dependsOn = [...(rootDependency.dependsOn ?? []), ...refs];
else dependencies.push({ ref: root["bom-ref"], dependsOn: refs });
sbom.dependencies = [...dependencies, ...refs.map((ref) => ({ ref }))];
const text = `${JSON.stringify(sbom, null, 2)}\n`;

// cyclonedx-npm validates what it writes; the merged file is checked with the same
// library (@cyclonedx/cyclonedx-library, the one cyclonedx-npm uses) against spec 1.6.
const cyclonedxNpm = realpathSync(
  new URL("../node_modules/@cyclonedx/cyclonedx-npm", import.meta.url),
);
const { Spec, Validation } = createRequire(`${cyclonedxNpm}/`)("@cyclonedx/cyclonedx-library");
const invalid = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
if (invalid !== null) {
  console.error(`${sbomPath}: not a valid CycloneDX 1.6 SBOM: ${JSON.stringify(invalid)}`);
  process.exit(1);
}
writeFileSync(sbomPath, text);
console.log(`${sbomPath.split("/").pop()}: ${added.length} bundled packages added`);
