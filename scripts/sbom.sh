#!/usr/bin/env bash
# Writes a CycloneDX SBOM (JSON, spec 1.6) per published package and for the case-manager
# app into the folder given as $1 (default sbom/), with @cyclonedx/cyclonedx-npm.
#
# Each SBOM describes what a user installs, not the monorepo: a package's SBOM starts from
# its published tarball (dependencies as npm resolves them for a user, peers included,
# build tools left out), the app's from its package.json with the kit's packages at the
# released version. The registry is $MIRIAM_SBOM_REGISTRY (the rehearsal's verdaccio,
# which holds the packages about to be published), else npm's configured registry.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$(mkdir -p "${1:-sbom}" && cd "${1:-sbom}" && pwd)
registry=${MIRIAM_SBOM_REGISTRY:-$(npm config get registry)}
cyclonedx="$root/node_modules/.bin/cyclonedx-npm"
work=$(mktemp -d "${TMPDIR:-/tmp}/miriam-sbom.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Resolves the dependencies of the package.json in $1 (runtime only) and writes its SBOM.
sbom() {
  local dir=$1 type=$2 file=$3
  (
    cd "$dir"
    # A consumer never installs a package's devDependencies; its lifecycle scripts are
    # not the SBOM's business.
    node -e '
      const fs = require("fs");
      const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"));
      delete manifest.devDependencies;
      delete manifest.scripts;
      fs.writeFileSync("package.json", JSON.stringify(manifest, null, 2));'
    npm install --package-lock-only --ignore-scripts --no-audit --no-fund \
      --registry "$registry" >/dev/null
    # cyclonedx-npm runs the npm that `npm_execpath` names; under `pnpm run` that is pnpm,
    # whose `ls` takes none of npm's options. Empty, it looks up the system's npm.
    npm_execpath='' "$cyclonedx" --package-lock-only --omit dev --spec-version 1.6 --mc-type "$type" \
      --output-format JSON --output-file "$out/$file" >/dev/null 2>"$work/cyclonedx.log" ||
      { cat "$work/cyclonedx.log" >&2; exit 1; }
  )
}

# Says how many components an SBOM lists, once it is complete (bundled packages included).
components() {
  local count
  count=$(node -p "(JSON.parse(require('fs').readFileSync('$out/$1','utf8')).components ?? []).length")
  echo "sbom/$1: ${count} components"
}

for manifest in packages/*/package.json; do
  name=$(node -p "require('./$manifest').name")
  version=$(node -p "require('./$manifest').version")
  [ "$(node -p "Boolean(require('./$manifest').private)")" = "true" ] && continue
  dir="$work/$(echo "$name" | tr '@/' '_-')"
  mkdir -p "$dir"
  tarball=$(cd "$work" && npm pack "${name}@${version}" --registry "$registry" --silent)
  tar -xzf "$work/$tarball" -C "$dir" --strip-components=1
  file="$(echo "${name#@}" | tr '/' '-')-${version}.cdx.json"
  sbom "$dir" library "$file"
  # A bundle's packages are not dependencies npm can see: the package lists them itself
  # (create-miriam's dist/third-party-packages.json, generated from the bundle).
  if [ -f "$dir/dist/third-party-packages.json" ]; then
    node "$root/scripts/sbom-add-bundled.mjs" "$out/$file" "$dir/dist/third-party-packages.json"
  fi
  components "$file"
done

# The app is not published: its package.json with the kit's packages at their version.
app="$work/case-manager-app"
mkdir -p "$app"
node -e '
  const fs = require("fs");
  const version = (name) =>
    JSON.parse(fs.readFileSync(`packages/${name.replace(/^@miriam\//, "")}/package.json`, "utf8")).version;
  const manifest = JSON.parse(fs.readFileSync("examples/case-manager-app/package.json", "utf8"));
  for (const [name, range] of Object.entries(manifest.dependencies))
    if (range.startsWith("workspace:")) manifest.dependencies[name] = version(name);
  manifest.version = version("@miriam/schemas");
  fs.writeFileSync(process.argv[1], JSON.stringify(manifest, null, 2));' "$app/package.json"
cp LICENSE "$app/LICENSE"
app_file="miriam-case-manager-app-$(node -p "require('$app/package.json').version").cdx.json"
sbom "$app" application "$app_file"
components "$app_file"
