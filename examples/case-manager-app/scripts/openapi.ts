/**
 * Writes openapi.json, the OpenAPI 3.1 document of the app's JSON API (the one the server
 * serves at /api/openapi.json), or with `--check` fails when the committed file is stale.
 * The docs site publishes it; CI lints it (`pnpm lint:openapi`).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { syncGeneratedFiles } from "../../../scripts/generated-files";
import type { Trajectories } from "../src/domain/trajectories";
import { openApiDocument } from "../src/web/api-contract";
import { createApp } from "../src/web/app";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The document is built from the routes; no request is served, so no database is needed.
const app = createApp({ kit: {} as Trajectories, log: () => {} });
const document = await openApiDocument(app);

syncGeneratedFiles({
  label: "@miriam/example-case-manager-app",
  root,
  files: new Map([["openapi.json", `${JSON.stringify(document, null, 2)}\n`]]),
  owned: [],
  check: process.argv.includes("--check"),
});
