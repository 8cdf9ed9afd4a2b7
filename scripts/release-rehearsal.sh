#!/usr/bin/env bash
# Release rehearsal: what a first real release would do, against a throwaway registry.
#
# 1. starts verdaccio on 127.0.0.1 with its storage in a temporary folder; the kit's own
#    names (@miriam/*, create-miriam) are served only from what is published here, every
#    other package comes from the npm registry this machine uses (verdaccio's uplink);
# 2. publishes every package of packages/ (the built dist: run `pnpm build` first);
# 3. in an empty folder, with only that registry and none of the user's npm settings:
#    `npm create miriam@latest` an OCMW project kit (which installs it) and runs its
#    `npm run check`, then scaffolds the vendor starter and runs its type check and tests;
# 4. writes a CycloneDX SBOM per published package and for the case-manager app into
#    sbom/ (scripts/sbom.sh), from the same registry.
#
# Verdaccio is stopped and the temporary folder removed on every exit, failure included.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$SECONDS

work=$(mktemp -d "${TMPDIR:-/tmp}/miriam-rehearsal.XXXXXX")
verdaccio_pid=""
cleanup() {
  local status=$?
  if [ -n "$verdaccio_pid" ]; then
    kill "$verdaccio_pid" 2>/dev/null || true
    wait "$verdaccio_pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -f "$work/verdaccio.log" ]; then
    echo "release rehearsal failed; verdaccio's log:" >&2
    tail -n 40 "$work/verdaccio.log" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n== release rehearsal: %s (%ss)\n' "$1" "$((SECONDS - started))"; }

# The registry this machine reaches (npm's own default unless configured otherwise) is
# verdaccio's uplink for third-party packages.
uplink=$(cd "$work" && npm config get registry)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
registry="http://127.0.0.1:${port}/"

step "verdaccio on ${registry} (uplink ${uplink})"
cat >"$work/verdaccio.yaml" <<EOF
storage: ${work}/storage
auth:
  htpasswd:
    file: ${work}/htpasswd
    max_users: 1
uplinks:
  npm:
    url: ${uplink}
    timeout: 60s
packages:
  # The kit's names never come from the uplink: only what this rehearsal publishes.
  "@miriam/*":
    access: \$all
    publish: \$authenticated
  "create-miriam":
    access: \$all
    publish: \$authenticated
  "**":
    access: \$all
    publish: \$authenticated
    proxy: npm
server:
  keepAliveTimeout: 60
listen: 127.0.0.1:${port}
log: { type: stdout, format: pretty, level: warn }
EOF
"$root/node_modules/.bin/verdaccio" --config "$work/verdaccio.yaml" >"$work/verdaccio.log" 2>&1 &
verdaccio_pid=$!
for _ in $(seq 1 60); do
  curl -fsS "${registry}-/ping" >/dev/null 2>&1 && break
  kill -0 "$verdaccio_pid" 2>/dev/null || { echo "verdaccio did not start" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "${registry}-/ping" >/dev/null

# A throwaway user: verdaccio hands out a token when the user is created.
token=$(curl -fsS -X PUT -H 'content-type: application/json' \
  -d '{"name":"rehearsal","password":"rehearsal-only"}' \
  "${registry}-/user/org.couchdb.user:rehearsal" | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')

# Only this registry, none of the user's settings; a cache of its own (kept between runs
# so third-party tarballs download once; npx's installs are dropped, since every
# rehearsal publishes the same version again), revalidated against the registry.
# The token is for publishing only: verdaccio checks it (bcrypt) on every request.
printf 'registry=%s\n' "$registry" >"$work/npmrc"
printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$registry" "$port" "$token" \
  >"$work/npmrc-publish"
export NPM_CONFIG_USERCONFIG="$work/npmrc"
export npm_config_registry="$registry"
export npm_config_cache="${MIRIAM_REHEARSAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/miriam-rehearsal-npm}"
export npm_config_prefer_online=true
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false
rm -rf "$npm_config_cache/_npx"

step "publish every package"
# Lifecycle scripts are skipped: .ci/run built and checked every package (check:static)
# just before; the real release runs each package's prepublishOnly.
NPM_CONFIG_USERCONFIG="$work/npmrc-publish" pnpm -r --filter "./packages/**" publish --registry "$registry" --no-git-checks \
  --ignore-scripts --access public >"$work/publish.log" 2>&1 ||
  { cat "$work/publish.log" >&2; exit 1; }
for dir in packages/*/; do
  name=$(node -p "require('./${dir}package.json').name")
  version=$(node -p "require('./${dir}package.json').version")
  published=$(npm view "${name}@${version}" version)
  [ "$published" = "$version" ] || { echo "${name}@${version} is not on the registry" >&2; exit 1; }
  echo "published ${name}@${version}"
done

mkdir "$work/empty"
cd "$work/empty"

step "npm create miriam@latest (ocmw-project), then npm run check"
npm create miriam@latest miriam-rehearsal -- --template ocmw-project \
  --ocmw "OCMW Rehearsal" --region brussels --languages nl,fr --groups 2 \
  --start 2026-09-14 --no-git --no-interactive
(cd miriam-rehearsal && npm run check)

step "npm create miriam@latest (vendor-starter), then its type check and tests"
npm create miriam@latest vendor-rehearsal -- --template vendor-starter \
  --package-name @rehearsal/miriam-adapter --no-git --no-interactive
(cd vendor-rehearsal && npm run typecheck && npm test)

cd "$root"
step "CycloneDX SBOMs"
MIRIAM_SBOM_REGISTRY="$registry" bash scripts/sbom.sh "$root/sbom"

step "done"
