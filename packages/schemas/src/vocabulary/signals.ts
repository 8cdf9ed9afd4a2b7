import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * What kind of barrier a policy signal (`signal.raised`) reports: the method sends
 * anonymised observations of structural problems to policy makers (METHODOLOGY.md §8),
 * and the programme's annex counts them by theme and region. The life domain the
 * barrier is in is the event's `domain`; the theme says what stands in the way.
 */
export const signalThemes = defineVocabulary(
  "signal-theme",
  labels("soort drempel", "type d'obstacle", "Art der Hürde", "kind of barrier"),
  [
    {
      code: "rule",
      labels: labels(
        "een regel of procedure",
        "une règle ou une procédure",
        "eine Regel oder ein Verfahren",
        "a rule or procedure",
      ),
    },
    {
      code: "waiting-list",
      labels: labels("een wachtlijst", "une liste d'attente", "eine Warteliste", "a waiting list"),
    },
    {
      code: "service-gap",
      labels: labels(
        "een dienst die ontbreekt of onbereikbaar is",
        "un service absent ou inaccessible",
        "ein fehlender oder unerreichbarer Dienst",
        "a missing or unreachable service",
      ),
    },
    {
      code: "cost",
      labels: labels(
        "kosten die zij niet kan dragen",
        "des coûts qu'elle ne peut pas assumer",
        "Kosten, die sie nicht tragen kann",
        "costs she cannot bear",
      ),
    },
    {
      code: "discrimination",
      labels: labels("discriminatie", "discrimination", "Diskriminierung", "discrimination"),
    },
    {
      code: "other",
      labels: labels("andere drempel", "autre obstacle", "andere Hürde", "another barrier"),
    },
  ],
);

/** A kind of barrier of a policy signal. */
export type SignalTheme = CodeOf<typeof signalThemes>;
