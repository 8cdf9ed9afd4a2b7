import { labels } from "@miriam/schemas";
import type { StepType } from "../step";
import { DECLINED, type RuleBody } from "./common";

// Information talk and enrolment (METHODOLOGY.md §3 phases 2 and 3, §10): nothing about her
// is recorded before she consents to processing, and nothing more after she withdraws it.

// Event types that record something about her: none of them may come before consent to
// processing (METHODOLOGY.md §3 phase 3 and §10). The referral itself, the information
// talk, consent, closing and anonymised policy signals are not in the list.
const PERSONAL_DATA: ReadonlySet<StepType> = new Set<StepType>([
  "intake.held",
  "measurement.recorded",
  "plan.agreed",
  "goal.added",
  "goal.updated",
  "contact.held",
  "referral.made",
  "right.updated",
  "trajectory.paused",
  "trajectory.resumed",
  "review.held",
  "evaluation.held",
  "handover.done",
  "follow-up.held",
  "group-session.attended",
  "proposal.made",
  "proposal.confirmed",
  "proposal.declined",
]);

export const consentWithdrawnOnlyClosing = {
  title: labels(
    "Na intrekking van de toestemming: alleen afsluiten",
    "Après retrait du consentement : seulement clôturer",
    "Nach Widerruf der Einwilligung: nur abschließen",
    "After consent is withdrawn: only closing",
  ),
  appliesTo: "*",
  message: labels(
    "Zij heeft haar toestemming voor de verwerking van haar gegevens ingetrokken. Er mogen geen gegevens meer bijkomen.",
    "Elle a retiré son consentement au traitement de ses données. Plus aucune donnée ne peut être ajoutée.",
    "Sie hat ihre Einwilligung in die Verarbeitung ihrer Daten widerrufen. Es dürfen keine Daten mehr hinzukommen.",
    "She has withdrawn her consent to processing her data. No more data may be added.",
  ),
  remedy: labels(
    "Sluit het traject af. Wil zij later opnieuw deelnemen, dan begint een nieuw traject met een nieuwe toestemming.",
    "Clôturez le parcours. Si elle souhaite participer plus tard, un nouveau parcours commence avec un nouveau consentement.",
    "Schließen Sie die Begleitung ab. Möchte sie später wieder teilnehmen, beginnt eine neue Begleitung mit einer neuen Einwilligung.",
    "Close the trajectory. If she wants to take part later, a new trajectory starts with new consent.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context, step) =>
    context.consent.withdrawnAt !== null && step.type !== "trajectory.closed",
} as const satisfies RuleBody;

export const consentBeforePersonalData = {
  title: labels(
    "Toestemming vóór persoonsgegevens",
    "Consentement avant les données personnelles",
    "Einwilligung vor personenbezogenen Daten",
    "Consent before personal data",
  ),
  appliesTo: [...PERSONAL_DATA],
  message: labels(
    "Zij heeft nog geen toestemming gegeven voor de verwerking van haar gegevens. Vóór die toestemming wordt niets over haar geregistreerd behalve de toeleiding.",
    "Elle n'a pas encore donné son consentement au traitement de ses données. Avant ce consentement, rien d'autre que l'orientation n'est enregistré à son sujet.",
    "Sie hat noch nicht in die Verarbeitung ihrer Daten eingewilligt. Vor dieser Einwilligung wird außer der Zuweisung nichts über sie erfasst.",
    "She has not yet consented to processing her data. Before that consent, nothing about her is recorded except the referral.",
  ),
  remedy: labels(
    "Vraag haar toestemming voor de verwerking (na het informatief gesprek) en registreer die eerst.",
    "Demandez son consentement au traitement (après l'entretien d'information) et enregistrez-le d'abord.",
    "Bitten Sie sie um ihre Einwilligung in die Verarbeitung (nach dem Informationsgespräch) und erfassen Sie diese zuerst.",
    "Ask for her consent to processing (after the information talk) and record it first.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context, step) => context.consent.enrolledAt === null && PERSONAL_DATA.has(step.type),
} as const satisfies RuleBody;

export const enrolmentNeedsProcessingConsent = {
  title: labels(
    "Instappen vraagt toestemming voor verwerking",
    "L'entrée demande le consentement au traitement",
    "Der Einstieg braucht die Einwilligung in die Verarbeitung",
    "Enrolment needs consent to processing",
  ),
  appliesTo: ["consent.given"],
  message: labels(
    "Zonder toestemming voor de verwerking van haar gegevens kan zij niet instappen; de andere toestemmingen komen daar bovenop.",
    "Sans consentement au traitement de ses données, elle ne peut pas entrer dans le parcours ; les autres consentements s'y ajoutent.",
    "Ohne Einwilligung in die Verarbeitung ihrer Daten kann sie nicht einsteigen; die anderen Einwilligungen kommen dazu.",
    "Without consent to processing her data she cannot enrol; the other consents come on top of it.",
  ),
  remedy: labels(
    "Registreer een toestemming die de verwerking van haar gegevens omvat.",
    "Enregistrez un consentement qui comprend le traitement de ses données.",
    "Erfassen Sie eine Einwilligung, die die Verarbeitung ihrer Daten umfasst.",
    "Record a consent that includes processing her data.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "consent.given" &&
    context.consent.enrolledAt === null &&
    !(step.scopes ?? []).includes("processing"),
} as const satisfies RuleBody;

export const withdrawalNeedsConsent = {
  title: labels(
    "Intrekken vraagt een toestemming",
    "Retirer suppose un consentement",
    "Widerruf setzt eine Einwilligung voraus",
    "Withdrawal needs a consent",
  ),
  appliesTo: ["consent.withdrawn"],
  message: labels(
    "Zij heeft nog geen toestemming gegeven, dus er valt niets in te trekken.",
    "Elle n'a encore donné aucun consentement : il n'y a rien à retirer.",
    "Sie hat noch keine Einwilligung erteilt, es gibt also nichts zu widerrufen.",
    "She has not given any consent yet, so there is nothing to withdraw.",
  ),
  remedy: labels(
    `Wil zij niet deelnemen, sluit het traject dan af als “${DECLINED.nl}”.`,
    `Si elle ne souhaite pas participer, clôturez le parcours comme « ${DECLINED.fr} ».`,
    `Möchte sie nicht teilnehmen, schließen Sie die Begleitung als „${DECLINED.de}“ ab.`,
    `If she does not want to take part, close the trajectory as “${DECLINED.en}”.`,
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "consent.withdrawn" && context.consent.enrolledAt === null,
} as const satisfies RuleBody;

export const informationTalkBeforeEnrolment = {
  title: labels(
    "Informatief gesprek vóór het instappen",
    "Entretien d'information avant l'entrée",
    "Informationsgespräch vor dem Einstieg",
    "Information talk before enrolment",
  ),
  appliesTo: ["information-talk.held"],
  message: labels(
    "Zij is al ingestapt: het informatief gesprek hoort bij de tijd vóór haar beslissing.",
    "Elle est déjà entrée dans le parcours : l'entretien d'information se situe avant sa décision.",
    "Sie ist bereits eingestiegen: das Informationsgespräch gehört in die Zeit vor ihrer Entscheidung.",
    "She has already enrolled: the information talk belongs to the time before her decision.",
  ),
  remedy: labels(
    "Registreer dit gesprek als individueel contact.",
    "Enregistrez cet entretien comme contact individuel.",
    "Erfassen Sie dieses Gespräch als Einzelkontakt.",
    "Record this talk as an individual contact.",
  ),
  gate: false,
  basis: "source",
  source: labels(
    "Methodebeschrijving, fase 2: een informatief gesprek stelt het project voor, daarna beslist de moeder (deelname is vrijwillig)",
    "Description de la méthode, phase 2 : un entretien d'information présente le projet, puis la mère décide (la participation est volontaire)",
    "Methodenbeschreibung, Phase 2: ein Informationsgespräch stellt das Projekt vor, dann entscheidet die Mutter (die Teilnahme ist freiwillig)",
    "Method description, phase 2: an information talk presents the project, then the mother decides (taking part is voluntary)",
  ),
  refuses: (context, step) =>
    step.type === "information-talk.held" && context.consent.enrolledAt !== null,
} as const satisfies RuleBody;
