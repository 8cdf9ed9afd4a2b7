import type { InstrumentDefinition } from "../schemas/instrument";
import { labels, lifeDomains } from "../vocabulary";

// Own wording of the kit. The programme's questionnaire is not public (METHODOLOGY.md §5)
// and licensed scales must never be copied, so nothing here imitates them.
const satisfactionText = (domain: (typeof lifeDomains.terms)[number]) =>
  labels(
    `Hoe tevreden ben je vandaag over: ${domain.labels.nl}?`,
    `Aujourd'hui, êtes-vous satisfaite de : ${domain.labels.fr} ?`,
    `Wie zufrieden sind Sie heute mit: ${domain.labels.de}?`,
    `How satisfied are you today with: ${domain.labels.en}?`,
  );

/**
 * The kit's own open t0/t1 self-evaluation: satisfaction 0–10 per default life domain, a
 * self-reliance item, one reverse-coded item and, at t1 and follow-up, whether her
 * situation is better than at the start (the programme's headline figure). Its wording
 * is the kit's own and it is **not a validated scale**.
 */
export const selfEvaluationInstrument: InstrumentDefinition = {
  id: "miriam-self-evaluation",
  version: 1,
  title: labels(
    "MIRIAM-zelfevaluatie",
    "Auto-évaluation MIRIAM",
    "MIRIAM-Selbsteinschätzung",
    "MIRIAM self-evaluation",
  ),
  validated: false,
  notice: labels(
    "Eigen vragenlijst van de MIRIAM-kit, geen gevalideerde schaal. Gebruik de resultaten om het gesprek te voeren, niet om te oordelen.",
    "Questionnaire propre au kit MIRIAM, pas une échelle validée. Utilisez les résultats pour ouvrir le dialogue, pas pour juger.",
    "Eigener Fragebogen des MIRIAM-Kits, keine validierte Skala. Nutzen Sie die Ergebnisse für das Gespräch, nicht zur Bewertung.",
    "The MIRIAM kit's own questionnaire, not a validated scale. Use the results to open a conversation, not to judge.",
  ),
  scale: {
    min: 0,
    max: 10,
    minLabel: labels("helemaal niet", "pas du tout", "überhaupt nicht", "not at all"),
    maxLabel: labels("helemaal", "tout à fait", "völlig", "completely"),
  },
  items: [
    ...lifeDomains.terms.map((domain) => ({
      id: `satisfaction-${domain.code}`,
      text: satisfactionText(domain),
      measures: "domain-satisfaction" as const,
      domain: domain.code,
      response: "scale" as const,
    })),
    {
      id: "self-reliance",
      text: labels(
        "Hoe goed lukt het je om je zaken zelf te regelen?",
        "Dans quelle mesure arrivez-vous à gérer vos affaires vous-même ?",
        "Wie gut gelingt es Ihnen, Ihre Angelegenheiten selbst zu regeln?",
        "How well do you manage to sort out your affairs yourself?",
      ),
      measures: "self-reliance",
      response: "scale",
    },
    {
      id: "alone-with-worries",
      text: labels(
        "Hoe vaak sta je er alleen voor met je zorgen?",
        "À quelle fréquence êtes-vous seule face à vos soucis ?",
        "Wie oft sind Sie mit Ihren Sorgen allein?",
        "How often are you on your own with your worries?",
      ),
      measures: "domain-satisfaction",
      domain: "social-network",
      response: "scale",
      reverse: true,
    },
    {
      id: "overall-improvement",
      text: labels(
        "Is je situatie nu beter dan bij de start van het traject?",
        "Votre situation est-elle meilleure qu'au début du parcours ?",
        "Ist Ihre Situation jetzt besser als zu Beginn der Begleitung?",
        "Is your situation better now than at the start of the trajectory?",
      ),
      measures: "overall-improvement",
      response: "yes-no",
      timepoints: ["t1", "follow-up"],
    },
  ],
  scoring: { method: "mean", minAnswered: 0.5 },
};
