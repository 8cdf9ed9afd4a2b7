import { closingOutcomes, LANGUAGES, type Labels, labels } from "@miriam/schemas";
import { isPausedContext, type TrajectoryContext } from "./context";
import type { Step, StepType } from "./step";

/**
 * A hard rule of the method (METHODOLOGY.md §3): an invariant that refuses an event
 * which breaks it, with a reason a case manager can read. Rules are data: the rule table
 * in the docs, `canAccept`, `nextSteps` and the statechart's guards all read this list.
 */
export interface HardRule {
  /** Stable kebab-case id, used in refusals, logs and docs. */
  readonly id: RuleId;
  /** Short name of the rule, for tables. */
  readonly title: Labels;
  /** The step types the rule can refuse; `"*"` for every step. */
  readonly appliesTo: readonly StepType[] | "*";
  /** Why a step is refused, in plain language. */
  readonly message: Labels;
  /** What would make the step possible. */
  readonly remedy: Labels;
  /**
   * A gate rule stops the check: when it refuses, no later rule is looked at, because
   * their reasons would only add noise ("the trajectory is closed" says it all).
   */
  readonly gate: boolean;
  /** Whether the rule refuses `step` in a trajectory whose context is `context`. Pure. */
  readonly refuses: (context: TrajectoryContext, step: Step) => boolean;
}

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
]);

const ACTIVE_PHASE_STEPS: readonly StepType[] = [
  "goal.added",
  "goal.updated",
  "review.held",
  "measurement.recorded",
  "evaluation.held",
];

const isMeasurement = (step: Step, timepoint: string) =>
  step.type === "measurement.recorded" && step.timepoint === timepoint;

// A closing outcome's name in each language, from the vocabulary, so the messages say
// exactly what the user sees in the outcome picker.
function outcome(code: (typeof closingOutcomes.codes)[number]): Labels {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, closingOutcomes.label(code, language)]),
  ) as unknown as Labels;
}
const DECLINED = outcome("declined");
const DROPPED_OUT = outcome("dropped-out");
const NOT_ELIGIBLE = outcome("not-eligible");
const MOVED = outcome("moved");

const RECORD_AS_CONTACT = labels(
  "Registreer een later gesprek als individueel contact.",
  "Enregistrez un entretien ultérieur comme contact individuel.",
  "Erfassen Sie ein späteres Gespräch als Einzelkontakt.",
  "Record a later talk as an individual contact.",
);

/**
 * The hard rules, in the order they are checked: gates first, then the rest. The order
 * matters only for gates: the first gate that refuses is the only reason given.
 */
export const hardRules = [
  {
    id: "referral-first",
    title: labels(
      "Eerst de toeleiding",
      "D'abord l'orientation",
      "Zuerst die Zuweisung",
      "Referral comes first",
    ),
    appliesTo: "*",
    message: labels(
      "Dit traject heeft nog geen toeleiding. Alles begint met de toeleiding.",
      "Ce parcours n'a pas encore d'orientation. Tout commence par l'orientation.",
      "Für diese Begleitung gibt es noch keine Zuweisung. Alles beginnt mit der Zuweisung.",
      "This trajectory has no referral yet. Everything starts with the referral.",
    ),
    remedy: labels(
      "Registreer eerst de toeleiding van de moeder.",
      "Enregistrez d'abord l'orientation de la maman.",
      "Erfassen Sie zuerst die Zuweisung der Mutter.",
      "Record the mother's referral first.",
    ),
    gate: true,
    refuses: (context, step) => context.referral === null && step.type !== "trajectory.referred",
  },
  {
    id: "nothing-after-closed",
    title: labels(
      "Niets na de afsluiting",
      "Rien après la clôture",
      "Nichts nach dem Abschluss",
      "Nothing after closing",
    ),
    appliesTo: "*",
    message: labels(
      "Dit traject is afgesloten. Er kan niets meer aan toegevoegd worden.",
      "Ce parcours est clôturé. On ne peut plus rien y ajouter.",
      "Diese Begleitung ist abgeschlossen. Es kann nichts mehr hinzugefügt werden.",
      "This trajectory is closed. Nothing more can be added to it.",
    ),
    remedy: labels(
      "Wil zij opnieuw deelnemen, start dan een nieuw traject met een nieuwe toeleiding.",
      "Si elle souhaite participer à nouveau, ouvrez un nouveau parcours avec une nouvelle orientation.",
      "Möchte sie wieder teilnehmen, beginnen Sie eine neue Begleitung mit einer neuen Zuweisung.",
      "If she wants to take part again, open a new trajectory with a new referral.",
    ),
    gate: true,
    refuses: (context) => context.milestones.closing !== null,
  },
  {
    id: "one-trajectory-per-log",
    title: labels(
      "Eén traject per logboek",
      "Un parcours par journal",
      "Eine Begleitung pro Protokoll",
      "One trajectory per log",
    ),
    appliesTo: "*",
    message: labels(
      "Deze gebeurtenis hoort bij een ander traject.",
      "Cet événement appartient à un autre parcours.",
      "Dieses Ereignis gehört zu einer anderen Begleitung.",
      "This event belongs to another trajectory.",
    ),
    remedy: labels(
      "Registreer ze in het traject van de juiste moeder.",
      "Enregistrez-le dans le parcours de la bonne maman.",
      "Erfassen Sie es in der Begleitung der richtigen Mutter.",
      "Record it in the right mother's trajectory.",
    ),
    gate: true,
    refuses: (context, step) =>
      context.referral !== null &&
      step.trajectoryId !== undefined &&
      step.trajectoryId !== context.referral.trajectoryId,
  },
  {
    id: "referral-once",
    title: labels("Eén toeleiding", "Une seule orientation", "Nur eine Zuweisung", "One referral"),
    appliesTo: ["trajectory.referred"],
    message: labels(
      "Dit traject heeft al een toeleiding.",
      "Ce parcours a déjà une orientation.",
      "Diese Begleitung hat bereits eine Zuweisung.",
      "This trajectory already has a referral.",
    ),
    remedy: labels(
      "Een nieuwe toeleiding opent een nieuw traject, met een nieuwe id.",
      "Une nouvelle orientation ouvre un nouveau parcours, avec un nouvel identifiant.",
      "Eine neue Zuweisung eröffnet eine neue Begleitung mit einer neuen Kennung.",
      "A new referral opens a new trajectory, with a new id.",
    ),
    gate: true,
    refuses: (context, step) => step.type === "trajectory.referred" && context.referral !== null,
  },
  {
    id: "consent-withdrawn-only-closing",
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
    refuses: (context, step) =>
      context.consent.withdrawnAt !== null && step.type !== "trajectory.closed",
  },
  {
    id: "consent-before-personal-data",
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
    refuses: (context, step) => context.consent.enrolledAt === null && PERSONAL_DATA.has(step.type),
  },
  {
    id: "paused-only-resume-or-close",
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
    refuses: (context, step) =>
      step.type !== "trajectory.resumed" &&
      step.type !== "consent.withdrawn" &&
      step.type !== "trajectory.closed" &&
      isPausedContext(context),
  },
  {
    id: "resume-only-when-paused",
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
    refuses: (context, step) => step.type === "trajectory.resumed" && !isPausedContext(context),
  },
  {
    id: "enrolment-needs-processing-consent",
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
    refuses: (context, step) =>
      step.type === "consent.given" &&
      context.consent.enrolledAt === null &&
      !(step.scopes ?? []).includes("processing"),
  },
  {
    id: "withdrawal-needs-consent",
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
      `Wil zij niet deelnemen, sluit het traject dan af als "${DECLINED.nl}".`,
      `Si elle ne souhaite pas participer, clôturez le parcours comme « ${DECLINED.fr} ».`,
      `Möchte sie nicht teilnehmen, schließen Sie die Begleitung als „${DECLINED.de}“ ab.`,
      `If she does not want to take part, close the trajectory as "${DECLINED.en}".`,
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "consent.withdrawn" && context.consent.enrolledAt === null,
  },
  {
    id: "information-talk-before-enrolment",
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
    refuses: (context, step) =>
      step.type === "information-talk.held" && context.consent.enrolledAt !== null,
  },
  {
    id: "intake-once",
    title: labels(
      "Eén intakegesprek",
      "Un seul entretien d'accueil",
      "Nur ein Aufnahmegespräch",
      "One intake",
    ),
    appliesTo: ["intake.held"],
    message: labels(
      "Het intakegesprek is al geregistreerd.",
      "L'entretien d'accueil est déjà enregistré.",
      "Das Aufnahmegespräch ist bereits erfasst.",
      "The intake is already recorded.",
    ),
    remedy: RECORD_AS_CONTACT,
    gate: false,
    refuses: (context, step) => step.type === "intake.held" && context.milestones.intakeAt !== null,
  },
  {
    id: "intake-before-baseline",
    title: labels(
      "Intake vóór de beginmeting",
      "Accueil avant la mesure initiale",
      "Aufnahmegespräch vor der Anfangsmessung",
      "Intake before the baseline",
    ),
    appliesTo: ["measurement.recorded"],
    message: labels(
      "De beginmeting (t0) komt na het intakegesprek, en dat is nog niet geregistreerd.",
      "La mesure initiale (t0) vient après l'entretien d'accueil, qui n'est pas encore enregistré.",
      "Die Anfangsmessung (t0) folgt auf das Aufnahmegespräch, das noch nicht erfasst ist.",
      "The baseline measurement (t0) comes after the intake, which is not recorded yet.",
    ),
    remedy: labels(
      "Registreer eerst het intakegesprek.",
      "Enregistrez d'abord l'entretien d'accueil.",
      "Erfassen Sie zuerst das Aufnahmegespräch.",
      "Record the intake first.",
    ),
    gate: false,
    refuses: (context, step) => isMeasurement(step, "t0") && context.milestones.intakeAt === null,
  },
  {
    id: "baseline-once",
    title: labels(
      "Eén beginmeting",
      "Une seule mesure initiale",
      "Nur eine Anfangsmessung",
      "One baseline",
    ),
    appliesTo: ["measurement.recorded"],
    message: labels(
      "De beginmeting (t0) is al geregistreerd.",
      "La mesure initiale (t0) est déjà enregistrée.",
      "Die Anfangsmessung (t0) ist bereits erfasst.",
      "The baseline measurement (t0) is already recorded.",
    ),
    remedy: labels(
      "Een meting onderweg registreert u als tussentijdse meting, zodra het plan van aanpak er is.",
      "Une mesure en cours de route s'enregistre comme mesure intermédiaire, une fois le plan convenu.",
      "Eine Messung unterwegs erfassen Sie als Zwischenmessung, sobald der Begleitplan vereinbart ist.",
      "Record a measurement along the way as a mid-term measurement, once the plan is agreed.",
    ),
    gate: false,
    refuses: (context, step) => isMeasurement(step, "t0") && context.milestones.baselineAt !== null,
  },
  {
    id: "baseline-before-plan",
    title: labels(
      "Beginmeting vóór het plan",
      "Mesure initiale avant le plan",
      "Anfangsmessung vor dem Plan",
      "Baseline before the plan",
    ),
    appliesTo: ["plan.agreed"],
    message: labels(
      "Het plan van aanpak komt na de beginmeting (t0), en die is nog niet geregistreerd.",
      "Le plan d'accompagnement vient après la mesure initiale (t0), qui n'est pas encore enregistrée.",
      "Der Begleitplan folgt auf die Anfangsmessung (t0), die noch nicht erfasst ist.",
      "The personal plan comes after the baseline measurement (t0), which is not recorded yet.",
    ),
    remedy: labels(
      "Neem eerst samen met haar de beginmeting af en registreer die.",
      "Faites d'abord la mesure initiale avec elle et enregistrez-la.",
      "Machen Sie zuerst mit ihr die Anfangsmessung und erfassen Sie sie.",
      "Do the baseline measurement with her first and record it.",
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "plan.agreed" && context.milestones.baselineAt === null,
  },
  {
    id: "plan-once",
    title: labels(
      "Eén plan van aanpak",
      "Un seul plan d'accompagnement",
      "Nur ein Begleitplan",
      "One personal plan",
    ),
    appliesTo: ["plan.agreed"],
    message: labels(
      "Er is al een plan van aanpak.",
      "Il y a déjà un plan d'accompagnement.",
      "Es gibt bereits einen Begleitplan.",
      "There is already a personal plan.",
    ),
    remedy: labels(
      "Pas het plan aan door doelen toe te voegen of bij te werken.",
      "Adaptez le plan en ajoutant ou en mettant à jour des objectifs.",
      "Passen Sie den Plan an, indem Sie Ziele hinzufügen oder aktualisieren.",
      "Revise the plan by adding or updating goals.",
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "plan.agreed" && context.milestones.planAgreedAt !== null,
  },
  {
    id: "plan-before-active-phase",
    title: labels(
      "Plan vóór de actieve fase",
      "Plan avant la phase active",
      "Plan vor der aktiven Phase",
      "Plan before the active phase",
    ),
    appliesTo: ACTIVE_PHASE_STEPS,
    message: labels(
      "Dit hoort bij de actieve fase, en die begint pas als het plan van aanpak afgesproken is.",
      "Ceci fait partie de la phase active, qui ne commence qu'une fois le plan d'accompagnement convenu.",
      "Dies gehört zur aktiven Phase, die erst beginnt, wenn der Begleitplan vereinbart ist.",
      "This belongs to the active phase, which starts only once the personal plan is agreed.",
    ),
    remedy: labels(
      "Spreek eerst het plan van aanpak met haar af en registreer het.",
      "Convenez d'abord du plan d'accompagnement avec elle et enregistrez-le.",
      "Vereinbaren Sie zuerst den Begleitplan mit ihr und erfassen Sie ihn.",
      "Agree the personal plan with her first and record it.",
    ),
    gate: false,
    refuses: (context, step) =>
      context.milestones.planAgreedAt === null &&
      (step.type === "goal.added" ||
        step.type === "goal.updated" ||
        step.type === "review.held" ||
        step.type === "evaluation.held" ||
        isMeasurement(step, "mid") ||
        isMeasurement(step, "t1")),
  },
  {
    id: "mid-term-before-end-measurement",
    title: labels(
      "Tussentijds vóór de eindmeting",
      "Intermédiaire avant la mesure finale",
      "Zwischenstand vor der Abschlussmessung",
      "Mid-term before the end measurement",
    ),
    appliesTo: ["review.held", "measurement.recorded"],
    message: labels(
      "De eindmeting (t1) is al geregistreerd: een tussentijdse evaluatie of meting kan niet meer.",
      "La mesure finale (t1) est déjà enregistrée : une évaluation ou une mesure intermédiaire n'est plus possible.",
      "Die Abschlussmessung (t1) ist bereits erfasst: eine Zwischenauswertung oder Zwischenmessung ist nicht mehr möglich.",
      "The end measurement (t1) is already recorded: a mid-term review or measurement is no longer possible.",
    ),
    remedy: labels(
      "Bespreek de voortgang in het evaluatiegesprek.",
      "Parlez des progrès lors de l'entretien d'évaluation.",
      "Besprechen Sie die Fortschritte im Auswertungsgespräch.",
      "Discuss progress in the evaluation talk.",
    ),
    gate: false,
    refuses: (context, step) =>
      context.milestones.endMeasurementAt !== null &&
      (step.type === "review.held" || isMeasurement(step, "mid")),
  },
  {
    id: "end-measurement-once",
    title: labels(
      "Eén eindmeting",
      "Une seule mesure finale",
      "Nur eine Abschlussmessung",
      "One end measurement",
    ),
    appliesTo: ["measurement.recorded"],
    message: labels(
      "De eindmeting (t1) is al geregistreerd.",
      "La mesure finale (t1) est déjà enregistrée.",
      "Die Abschlussmessung (t1) ist bereits erfasst.",
      "The end measurement (t1) is already recorded.",
    ),
    remedy: labels(
      "Een meting na de overdracht is een opvolgmeting.",
      "Une mesure après le passage de relais est une mesure de suivi.",
      "Eine Messung nach der Übergabe ist eine Folgemessung.",
      "A measurement after the handover is a follow-up measurement.",
    ),
    gate: false,
    refuses: (context, step) =>
      isMeasurement(step, "t1") && context.milestones.endMeasurementAt !== null,
  },
  {
    id: "end-measurement-before-evaluation",
    title: labels(
      "Eindmeting vóór de evaluatie",
      "Mesure finale avant l'évaluation",
      "Abschlussmessung vor der Auswertung",
      "End measurement before evaluation",
    ),
    appliesTo: ["evaluation.held"],
    message: labels(
      "Het evaluatiegesprek komt na de eindmeting (t1), en die is nog niet geregistreerd.",
      "L'entretien d'évaluation vient après la mesure finale (t1), qui n'est pas encore enregistrée.",
      "Das Auswertungsgespräch folgt auf die Abschlussmessung (t1), die noch nicht erfasst ist.",
      "The evaluation talk comes after the end measurement (t1), which is not recorded yet.",
    ),
    remedy: labels(
      "Neem eerst de eindmeting af en registreer die.",
      "Faites d'abord la mesure finale et enregistrez-la.",
      "Machen Sie zuerst die Abschlussmessung und erfassen Sie sie.",
      "Do the end measurement first and record it.",
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "evaluation.held" && context.milestones.endMeasurementAt === null,
  },
  {
    id: "evaluation-once",
    title: labels(
      "Eén evaluatiegesprek",
      "Une seule évaluation",
      "Nur ein Auswertungsgespräch",
      "One evaluation",
    ),
    appliesTo: ["evaluation.held"],
    message: labels(
      "Het evaluatiegesprek is al geregistreerd.",
      "L'entretien d'évaluation est déjà enregistré.",
      "Das Auswertungsgespräch ist bereits erfasst.",
      "The evaluation talk is already recorded.",
    ),
    remedy: RECORD_AS_CONTACT,
    gate: false,
    refuses: (context, step) =>
      step.type === "evaluation.held" && context.milestones.evaluationAt !== null,
  },
  {
    id: "evaluation-before-handover",
    title: labels(
      "Evaluatie vóór de overdracht",
      "Évaluation avant le passage de relais",
      "Auswertung vor der Übergabe",
      "Evaluation before handover",
    ),
    appliesTo: ["handover.done"],
    message: labels(
      "De overdracht komt na het evaluatiegesprek, en dat is nog niet geregistreerd.",
      "Le passage de relais vient après l'entretien d'évaluation, qui n'est pas encore enregistré.",
      "Die Übergabe folgt auf das Auswertungsgespräch, das noch nicht erfasst ist.",
      "The handover comes after the evaluation talk, which is not recorded yet.",
    ),
    remedy: labels(
      "Registreer eerst het evaluatiegesprek.",
      "Enregistrez d'abord l'entretien d'évaluation.",
      "Erfassen Sie zuerst das Auswertungsgespräch.",
      "Record the evaluation talk first.",
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "handover.done" && context.milestones.evaluationAt === null,
  },
  {
    id: "handover-once",
    title: labels(
      "Eén overdracht",
      "Un seul passage de relais",
      "Nur eine Übergabe",
      "One handover",
    ),
    appliesTo: ["handover.done"],
    message: labels(
      "De overdracht is al geregistreerd.",
      "Le passage de relais est déjà enregistré.",
      "Die Übergabe ist bereits erfasst.",
      "The handover is already recorded.",
    ),
    remedy: labels(
      "Noteer nieuwe afspraken bij een individueel contact.",
      "Notez les nouveaux accords lors d'un contact individuel.",
      "Halten Sie neue Absprachen bei einem Einzelkontakt fest.",
      "Write new agreements down with an individual contact.",
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "handover.done" && context.milestones.handover !== null,
  },
  {
    id: "handover-before-follow-up",
    title: labels(
      "Overdracht vóór de nazorg",
      "Passage de relais avant le suivi",
      "Übergabe vor der Nachbetreuung",
      "Handover before follow-up",
    ),
    appliesTo: ["follow-up.held", "measurement.recorded"],
    message: labels(
      "Nazorg en opvolgmeting komen na de overdracht, en die is nog niet geregistreerd.",
      "Le suivi et la mesure de suivi viennent après le passage de relais, qui n'est pas encore enregistré.",
      "Nachbetreuung und Folgemessung folgen auf die Übergabe, die noch nicht erfasst ist.",
      "Follow-up and the follow-up measurement come after the handover, which is not recorded yet.",
    ),
    remedy: labels(
      "Registreer eerst de overdracht, of dat er geen overdracht nodig is.",
      "Enregistrez d'abord le passage de relais, ou qu'il n'est pas nécessaire.",
      "Erfassen Sie zuerst die Übergabe, oder dass keine nötig ist.",
      "Record the handover first, or that none is needed.",
    ),
    gate: false,
    refuses: (context, step) =>
      context.milestones.handover === null &&
      (step.type === "follow-up.held" || isMeasurement(step, "follow-up")),
  },
  {
    id: "goal-id-unique",
    title: labels(
      "Elk doel één keer",
      "Chaque objectif une seule fois",
      "Jedes Ziel nur einmal",
      "Each goal once",
    ),
    appliesTo: ["goal.added"],
    message: labels(
      "Er staat al een doel met deze id in het plan.",
      "Le plan contient déjà un objectif avec cet identifiant.",
      "Im Plan gibt es bereits ein Ziel mit dieser Kennung.",
      "The plan already has a goal with this id.",
    ),
    remedy: labels(
      "Werk het bestaande doel bij, of geef het nieuwe doel een eigen id.",
      "Mettez à jour l'objectif existant, ou donnez au nouvel objectif son propre identifiant.",
      "Aktualisieren Sie das bestehende Ziel oder geben Sie dem neuen Ziel eine eigene Kennung.",
      "Update the existing goal, or give the new goal its own id.",
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "goal.added" && step.goalId !== undefined && step.goalId in context.goals,
  },
  {
    id: "goal-exists",
    title: labels(
      "Alleen bestaande doelen bijwerken",
      "Mettre à jour seulement des objectifs existants",
      "Nur bestehende Ziele aktualisieren",
      "Update only existing goals",
    ),
    appliesTo: ["goal.updated"],
    message: labels(
      "Dit doel staat niet in haar plan van aanpak.",
      "Cet objectif ne figure pas dans son plan d'accompagnement.",
      "Dieses Ziel steht nicht in ihrem Begleitplan.",
      "This goal is not in her personal plan.",
    ),
    remedy: labels(
      "Voeg het doel eerst toe aan het plan.",
      "Ajoutez d'abord l'objectif au plan.",
      "Fügen Sie das Ziel zuerst dem Plan hinzu.",
      "Add the goal to the plan first.",
    ),
    gate: false,
    // Without a goal id (a question from a user interface), the step is possible when the
    // plan has any goal to update.
    refuses: (context, step) =>
      step.type === "goal.updated" &&
      context.milestones.planAgreedAt !== null &&
      (step.goalId === undefined
        ? Object.keys(context.goals).length === 0
        : !(step.goalId in context.goals)),
  },
  {
    id: "completed-needs-end-measurement-and-handover",
    title: labels(
      `"${outcome("completed").nl}" vraagt eindmeting en overdracht`,
      `« ${outcome("completed").fr} » demande la mesure finale et le passage de relais`,
      `„${outcome("completed").de}“ braucht Abschlussmessung und Übergabe`,
      `"${outcome("completed").en}" needs the end measurement and a handover`,
    ),
    appliesTo: ["trajectory.closed"],
    message: labels(
      "Een traject is pas volledig doorlopen met een eindmeting (t1) en een overdracht (of de vaststelling dat er geen nodig is).",
      "Un parcours n'est terminé qu'avec une mesure finale (t1) et un passage de relais (ou le constat qu'il n'en faut pas).",
      "Eine Begleitung ist erst mit einer Abschlussmessung (t1) und einer Übergabe (oder der Feststellung, dass keine nötig ist) abgeschlossen.",
      "A trajectory is completed only with an end measurement (t1) and a handover (or the record that none is needed).",
    ),
    remedy: labels(
      `Registreer eerst wat ontbreekt, of kies een andere afsluiting (bv. "${DROPPED_OUT.nl}", met een reden).`,
      `Enregistrez d'abord ce qui manque, ou choisissez une autre issue (p. ex. « ${DROPPED_OUT.fr} », avec un motif).`,
      `Erfassen Sie zuerst, was fehlt, oder wählen Sie einen anderen Abschluss (z. B. „${DROPPED_OUT.de}“, mit Grund).`,
      `Record what is missing first, or choose another outcome (e.g. "${DROPPED_OUT.en}", with a reason).`,
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "trajectory.closed" &&
      step.outcome === "completed" &&
      (context.milestones.endMeasurementAt === null || context.milestones.handover === null),
  },
  {
    id: "declined-only-before-enrolment",
    title: labels(
      `"${DECLINED.nl}" alleen vóór het instappen`,
      `« ${DECLINED.fr} » seulement avant l'entrée`,
      `„${DECLINED.de}“ nur vor dem Einstieg`,
      `"${DECLINED.en}" only before enrolment`,
    ),
    appliesTo: ["trajectory.closed"],
    message: labels(
      `Zij is al ingestapt (zij gaf toestemming), dus het traject kan niet meer als "${DECLINED.nl}" afgesloten worden.`,
      `Elle est déjà entrée dans le parcours (elle a donné son consentement) : il ne peut plus être clôturé comme « ${DECLINED.fr} ».`,
      `Sie ist bereits eingestiegen (sie hat eingewilligt), die Begleitung kann nicht mehr als „${DECLINED.de}“ abgeschlossen werden.`,
      `She has already enrolled (she gave consent), so the trajectory can no longer be closed as "${DECLINED.en}".`,
    ),
    remedy: labels(
      `Kies "${DROPPED_OUT.nl}", met een reden.`,
      `Choisissez « ${DROPPED_OUT.fr} », avec un motif.`,
      `Wählen Sie „${DROPPED_OUT.de}“, mit einem Grund.`,
      `Choose "${DROPPED_OUT.en}", with a reason.`,
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "trajectory.closed" &&
      step.outcome === "declined" &&
      context.consent.enrolledAt !== null,
  },
  {
    id: "dropped-out-only-after-enrolment",
    title: labels(
      `"${DROPPED_OUT.nl}" alleen na het instappen`,
      `« ${DROPPED_OUT.fr} » seulement après l'entrée`,
      `„${DROPPED_OUT.de}“ nur nach dem Einstieg`,
      `"${DROPPED_OUT.en}" only after enrolment`,
    ),
    appliesTo: ["trajectory.closed"],
    message: labels(
      "Zij is nog niet ingestapt (er is geen toestemming), dus zij kan niet voortijdig stoppen.",
      "Elle n'est pas encore entrée dans le parcours (pas de consentement) : elle ne peut pas l'abandonner.",
      "Sie ist noch nicht eingestiegen (keine Einwilligung), kann also nicht vorzeitig aufhören.",
      "She has not enrolled yet (there is no consent), so she cannot drop out.",
    ),
    remedy: labels(
      `Kies "${DECLINED.nl}" als zij niet wil deelnemen, of "${NOT_ELIGIBLE.nl}" of "${MOVED.nl}".`,
      `Choisissez « ${DECLINED.fr} » si elle ne souhaite pas participer, ou « ${NOT_ELIGIBLE.fr} » ou « ${MOVED.fr} ».`,
      `Wählen Sie „${DECLINED.de}“, wenn sie nicht teilnehmen möchte, oder „${NOT_ELIGIBLE.de}“ oder „${MOVED.de}“.`,
      `Choose "${DECLINED.en}" if she does not want to take part, or "${NOT_ELIGIBLE.en}" or "${MOVED.en}".`,
    ),
    gate: false,
    refuses: (context, step) =>
      step.type === "trajectory.closed" &&
      step.outcome === "dropped-out" &&
      context.consent.enrolledAt === null,
  },
] as const satisfies readonly (Omit<HardRule, "id"> & { id: string })[];

/** The id of a hard rule. */
export type RuleId = (typeof hardRules)[number]["id"];

/** The hard rule with this id. Pure. */
export function ruleById(id: RuleId): HardRule {
  return RULES_BY_ID.get(id)!;
}

const RULES_BY_ID = new Map<RuleId, HardRule>(hardRules.map((rule) => [rule.id, rule]));
