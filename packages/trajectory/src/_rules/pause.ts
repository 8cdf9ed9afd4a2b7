import { labels } from "@miriam/schemas";
import { isPausedContext } from "../context";
import type { RuleBody } from "./common";

// Pause and resume, in any phase after enrolment.

export const pausedOnlyResumeOrClose = {
  title: labels(
    "Tijdens een pauze: alleen hervatten of afsluiten",
    "Pendant une pause : seulement reprendre ou clôturer",
    "Während einer Pause: nur fortsetzen oder abschließen",
    "While paused: only resume or close",
  ),
  appliesTo: "*",
  message: labels(
    "Het traject is gepauzeerd. Tijdens een pauze kan het alleen hervat of afgesloten worden, of kan zij haar toestemming intrekken.",
    "Le parcours est suspendu. Pendant une pause, on peut seulement le reprendre ou le clôturer, ou elle peut retirer son consentement.",
    "Die Begleitung ist pausiert. Während einer Pause kann sie nur fortgesetzt oder abgeschlossen werden, oder die Mutter widerruft ihre Einwilligung.",
    "The trajectory is paused. While paused it can only be resumed or closed, or she can withdraw her consent.",
  ),
  remedy: labels(
    "Registreer eerst dat het traject hervat is.",
    "Enregistrez d'abord la reprise du parcours.",
    "Erfassen Sie zuerst, dass die Begleitung fortgesetzt wurde.",
    "Record that the trajectory resumed first.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context, step) =>
    step.type !== "trajectory.resumed" &&
    step.type !== "consent.withdrawn" &&
    step.type !== "trajectory.closed" &&
    isPausedContext(context),
} as const satisfies RuleBody;

export const resumeOnlyWhenPaused = {
  title: labels(
    "Hervatten alleen na een pauze",
    "Reprendre seulement après une pause",
    "Fortsetzen nur nach einer Pause",
    "Resume only after a pause",
  ),
  appliesTo: ["trajectory.resumed"],
  message: labels(
    "Het traject is niet gepauzeerd, dus er valt niets te hervatten.",
    "Le parcours n'est pas suspendu : il n'y a rien à reprendre.",
    "Die Begleitung ist nicht pausiert, es gibt also nichts fortzusetzen.",
    "The trajectory is not paused, so there is nothing to resume.",
  ),
  remedy: labels(
    "Registreer eerst de pauze, als het traject onderbroken werd.",
    "Enregistrez d'abord la pause, si le parcours a été interrompu.",
    "Erfassen Sie zuerst die Pause, falls die Begleitung unterbrochen wurde.",
    "Record the pause first, if the trajectory was interrupted.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) => step.type === "trajectory.resumed" && !isPausedContext(context),
} as const satisfies RuleBody;
