import type { Hono } from "hono";
import type { AppEnv, Deps } from "./context";
import { registerCorrectionRoutes } from "./participant/corrections";
import { registerDataRightsRoutes } from "./participant/data-rights";
import { registerConsentFormRoute, registerDocumentRoute } from "./participant/documents";
import { registerClosingConfirm } from "./participant/next-step";
import { registerParticipantPage } from "./participant/page";
import { registerProfileRoutes } from "./participant/profile";
import { registerRecordRoutes } from "./participant/record";
import { registerReferralRoutes } from "./participant/referral";

// A participant's routes, one module per concern under participant/: her page, recording
// a step, her profile, her documents, her data rights, and a new referral.

export { DOCUMENT_CSP, printable, renderDocument } from "./participant/documents";
export { phaseBadge } from "./participant/phase-badge";
export { goalHref, refusalList, stepHref, stepLabel } from "./participant/steps";

/** Registers every route about one participant. */
export function registerParticipantRoutes(app: Hono<AppEnv>, deps: Deps) {
  registerParticipantPage(app, deps);
  registerRecordRoutes(app, deps);
  registerCorrectionRoutes(app, deps);
  registerProfileRoutes(app, deps);
  registerDocumentRoute(app, deps);
  registerConsentFormRoute(app, deps);
  registerDataRightsRoutes(app, deps);
  registerReferralRoutes(app, deps);
  registerClosingConfirm(app, deps);
}
