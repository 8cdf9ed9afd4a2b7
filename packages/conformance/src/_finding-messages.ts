import {
  correctionEventTypes,
  groupCorrectionEventTypes,
  groupEventTypes,
  type Language,
  trajectoryEventTypes,
} from "@miriam/schemas";

// What a finding says, in NL, FR, DE and EN (issue #17): one table per language, of one
// type, so a finding added in one language does not compile until all four word it. The
// vendor's and the kit's own values (ids, file names, JSON values) are quoted as they are.
// An event type is named by its label in Dutch, French and German; the English findings
// keep the type and the rule's code, as they were before the findings had languages (the
// vendors' CI and the fixtures' expected reports read them).

/** @internal What personal data an event was found to hold. */
export type PersonalData = "name" | "familyName" | "email" | "phone";

/** @internal Every sentence of a finding, in one language. */
export interface FindingMessages {
  readonly line: (n: number) => string;
  readonly profile: (n: number) => string;
  readonly refused: (event: string, of: string | undefined, rule: string, why: string) => string;
  /** A correction of a group's log whose corrected event breaks the event's schema. */
  readonly correctionRefused: (correction: string, target: string, why: string) => string;
  readonly settingsMissing: (file: string) => string;
  readonly notAJsonObject: string;
  readonly notAJsonValue: string;
  readonly personalData: (what: PersonalData, trajectory: string, profiles: string) => string;
  readonly trajectoriesMissing: (file: string) => string;
  readonly groupEventInTrajectories: (event: string, groupLog: string, file: string) => string;
  readonly groupEventElsewhere: (group: string, groupLog: string) => string;
  readonly trajectoryEventInGroupLog: (event: string, file: string) => string;
  readonly referralProject: (named: string, project: string) => string;
  readonly referralGroup: (named: string, settings: string, groups: string) => string;
  readonly groupOpenedProject: (event: string, named: string, project: string) => string;
  readonly attendeeUnknown: (trajectory: string) => string;
  readonly attendeeElsewhere: (trajectory: string, group: string) => string;
  readonly proposalUnknown: (event: string, proposal: string) => string;
  readonly proposalTwice: (event: string, proposal: string) => string;
  readonly groupNotInSettings: (group: string, settings: string, groups: string) => string;
  readonly profileWithoutEvents: (trajectory: string) => string;
  readonly profileWithoutConsent: (trajectory: string) => string;
  readonly expectedShape: Readonly<
    Record<"trajectories" | "refused" | "signals" | "indicators", string>
  >;
  readonly trajectoryMissing: (id: string) => string;
  readonly trajectoryNotInLogs: (id: string) => string;
  readonly stateDiffers: (id: string, yours: string, kits: string) => string;
  readonly outcomeDiffers: (id: string, yours: string, kits: string) => string;
  readonly acceptedDiffers: (id: string, yours: string, kits: string) => string;
  readonly refusal: (event: string, trajectory: string, rules: string) => string;
  readonly signal: (code: string, subject: string, value: string) => string;
  readonly kitRefuses: (refusal: string) => string;
  readonly youRefuse: (refusal: string) => string;
  readonly kitSignals: (signal: string) => string;
  readonly youSignal: (signal: string) => string;
  readonly noFigures: (path: string) => string;
  readonly figureDiffers: (path: string, yours: string, kits: string | undefined) => string;
}

const en: FindingMessages = {
  line: (n) => `line ${n}: `,
  profile: (n) => `profile ${n}: `,
  refused: (event, of, rule, why) =>
    `${event}${of === undefined ? "" : ` of ${of}`} is refused by the rule "${rule}": ${why}`,
  correctionRefused: (correction, target, why) => `${correction} of ${target} is refused: ${why}`,
  settingsMissing: (file) => `${file} is missing: an export starts with the project's settings.`,
  notAJsonObject: "$: expected one JSON object, found text that is not valid JSON.",
  notAJsonValue: "$: expected one JSON value, found text that is not valid JSON.",
  personalData: (what, trajectory, profiles) =>
    `the event holds the ${{ name: "name", familyName: "family name", email: "e-mail address", phone: "phone number" }[what]} of the participant of trajectory ${trajectory} (from ${profiles}). Events refer to her by her trajectory id only.`,
  trajectoriesMissing: (file) => `${file} is missing: it holds the trajectories' events.`,
  groupEventInTrajectories: (event, groupLog, file) =>
    `a group event (${event}) belongs in ${groupLog}, not in ${file}.`,
  groupEventElsewhere: (group, groupLog) =>
    `an event of the group ${group} belongs in ${groupLog}.`,
  trajectoryEventInGroupLog: (event, file) =>
    `a trajectory event (${event}) belongs in ${file}, not in a group's log.`,
  referralProject: (named, project) =>
    `the referral names the project "${named}"; the export's settings are those of "${project}".`,
  referralGroup: (named, settings, groups) =>
    `the referral names the group "${named}", which is not a group of ${settings} (${groups}).`,
  groupOpenedProject: (event, named, project) =>
    `${event} names the project "${named}"; the export's settings are those of "${project}".`,
  attendeeUnknown: (trajectory) =>
    `the session lists the trajectory ${trajectory} as present, but the export has no event of that trajectory.`,
  attendeeElsewhere: (trajectory, group) =>
    `the session lists the trajectory ${trajectory} as present, but she was referred to the group ${group}.`,
  proposalUnknown: (event, proposal) =>
    `${event} answers the proposal ${proposal}, which is no earlier proposal of this trajectory.`,
  proposalTwice: (event, proposal) => `${event} answers the proposal ${proposal} a second time.`,
  groupNotInSettings: (group, settings, groups) =>
    `the group ${group} is not a group of ${settings} (${groups}).`,
  profileWithoutEvents: (trajectory) =>
    `there is a profile of the trajectory ${trajectory}, which has no events in the export.`,
  profileWithoutConsent: (trajectory) =>
    `there is a profile of the trajectory ${trajectory}, but she never consented to processing her data. Keep no name or contact details of a mother who did not enrol.`,
  expectedShape: {
    trajectories: "expected an object of trajectories by id.",
    refused: "expected a list of refused events.",
    signals: "expected a list of fidelity signals.",
    indicators: "expected an object of indicators by group id.",
  },
  trajectoryMissing: (id) => `the trajectory ${id} is missing.`,
  trajectoryNotInLogs: (id) => `the trajectory ${id} is not in the export's logs.`,
  stateDiffers: (id, yours, kits) => `${id}: your state is ${yours}, the kit's ${kits}.`,
  outcomeDiffers: (id, yours, kits) => `${id}: your outcome is ${yours}, the kit's ${kits}.`,
  acceptedDiffers: (id, yours, kits) => `${id}: you accepted ${yours} events, the kit ${kits}.`,
  refusal: (event, trajectory, rules) => `${event} (${trajectory}) by ${rules}`,
  signal: (code, subject, value) => `${code} of ${subject} (value ${value})`,
  kitRefuses: (refusal) => `the kit refuses ${refusal}; your list does not.`,
  youRefuse: (refusal) => `your list refuses ${refusal}; the kit does not.`,
  kitSignals: (signal) => `the kit signals ${signal}; your list does not.`,
  youSignal: (signal) => `your list signals ${signal}; the kit does not.`,
  noFigures: (path) => `${path}: the kit has no figures here.`,
  figureDiffers: (path, yours, kits) =>
    `${path}: yours is ${yours}, the kit's ${kits ?? "nothing"}.`,
};

const nl: FindingMessages = {
  line: (n) => `regel ${n}: `,
  profile: (n) => `profiel ${n}: `,
  refused: (event, of, _rule, why) =>
    `${event}${of === undefined ? "" : ` van ${of}`} wordt door een harde regel geweigerd: ${why}`,
  correctionRefused: (correction, target, why) =>
    `${correction} van ${target} wordt geweigerd: ${why}`,
  settingsMissing: (file) =>
    `${file} ontbreekt: een export begint met de instellingen van het project.`,
  notAJsonObject: "$: verwacht één JSON-object, gevonden tekst die geen geldige JSON is.",
  notAJsonValue: "$: verwacht één JSON-waarde, gevonden tekst die geen geldige JSON is.",
  personalData: (what, trajectory, profiles) =>
    `de gebeurtenis bevat ${{ name: "de naam", familyName: "de familienaam", email: "het e-mailadres", phone: "het telefoonnummer" }[what]} van de deelneemster van traject ${trajectory} (uit ${profiles}). Gebeurtenissen noemen haar alleen bij de id van haar traject.`,
  trajectoriesMissing: (file) => `${file} ontbreekt: het bevat de gebeurtenissen van de trajecten.`,
  groupEventInTrajectories: (event, groupLog, file) =>
    `een gebeurtenis van een groep (${event}) hoort in ${groupLog}, niet in ${file}.`,
  groupEventElsewhere: (group, groupLog) =>
    `een gebeurtenis van de groep ${group} hoort in ${groupLog}.`,
  trajectoryEventInGroupLog: (event, file) =>
    `een gebeurtenis van een traject (${event}) hoort in ${file}, niet in het logboek van een groep.`,
  referralProject: (named, project) =>
    `de aanmelding noemt het project "${named}"; de instellingen van de export zijn die van "${project}".`,
  referralGroup: (named, settings, groups) =>
    `de aanmelding noemt de groep "${named}", die geen groep van ${settings} is (${groups}).`,
  groupOpenedProject: (event, named, project) =>
    `${event} noemt het project "${named}"; de instellingen van de export zijn die van "${project}".`,
  attendeeUnknown: (trajectory) =>
    `de sessie noemt het traject ${trajectory} aanwezig, maar de export heeft geen gebeurtenis van dat traject.`,
  attendeeElsewhere: (trajectory, group) =>
    `de sessie noemt het traject ${trajectory} aanwezig, maar zij werd aangemeld bij de groep ${group}.`,
  proposalUnknown: (event, proposal) =>
    `${event} antwoordt op het voorstel ${proposal}, dat geen eerder voorstel van dit traject is.`,
  proposalTwice: (event, proposal) =>
    `${event} antwoordt een tweede keer op het voorstel ${proposal}.`,
  groupNotInSettings: (group, settings, groups) =>
    `de groep ${group} is geen groep van ${settings} (${groups}).`,
  profileWithoutEvents: (trajectory) =>
    `er is een profiel van het traject ${trajectory}, dat geen gebeurtenissen in de export heeft.`,
  profileWithoutConsent: (trajectory) =>
    `er is een profiel van het traject ${trajectory}, maar zij heeft nooit toestemming gegeven om haar gegevens te verwerken. Bewaar geen naam of contactgegevens van een moeder die niet instapte.`,
  expectedShape: {
    trajectories: "verwacht een object van trajecten per id.",
    refused: "verwacht een lijst van geweigerde gebeurtenissen.",
    signals: "verwacht een lijst van getrouwheidssignalen.",
    indicators: "verwacht een object van indicatoren per id van een groep.",
  },
  trajectoryMissing: (id) => `het traject ${id} ontbreekt.`,
  trajectoryNotInLogs: (id) => `het traject ${id} staat niet in de logboeken van de export.`,
  stateDiffers: (id, yours, kits) => `${id}: uw toestand is ${yours}, die van de kit ${kits}.`,
  outcomeDiffers: (id, yours, kits) => `${id}: uw afloop is ${yours}, die van de kit ${kits}.`,
  acceptedDiffers: (id, yours, kits) =>
    `${id}: u aanvaardde ${yours} gebeurtenissen, de kit ${kits}.`,
  refusal: (event, trajectory, rules) => `${event} (${trajectory}) door ${rules}`,
  signal: (code, subject, value) => `${code} van ${subject} (waarde ${value})`,
  kitRefuses: (refusal) => `de kit weigert ${refusal}; uw lijst niet.`,
  youRefuse: (refusal) => `uw lijst weigert ${refusal}; de kit niet.`,
  kitSignals: (signal) => `de kit signaleert ${signal}; uw lijst niet.`,
  youSignal: (signal) => `uw lijst signaleert ${signal}; de kit niet.`,
  noFigures: (path) => `${path}: de kit heeft hier geen cijfers.`,
  figureDiffers: (path, yours, kits) =>
    `${path}: het uwe is ${yours}, dat van de kit ${kits ?? "niets"}.`,
};

const fr: FindingMessages = {
  line: (n) => `ligne ${n} : `,
  profile: (n) => `profil ${n} : `,
  refused: (event, of, _rule, why) =>
    `${event}${of === undefined ? "" : ` de ${of}`} est refusé par une règle stricte : ${why}`,
  correctionRefused: (correction, target, why) => `${correction} de ${target} est refusée : ${why}`,
  settingsMissing: (file) => `${file} manque : un export commence par les paramètres du projet.`,
  notAJsonObject: "$ : attendu un objet JSON ; trouvé un texte qui n'est pas du JSON valide.",
  notAJsonValue: "$ : attendu une valeur JSON ; trouvé un texte qui n'est pas du JSON valide.",
  personalData: (what, trajectory, profiles) =>
    `l'événement contient ${{ name: "le nom", familyName: "le nom de famille", email: "l'adresse e-mail", phone: "le numéro de téléphone" }[what]} de la participante du parcours ${trajectory} (d'après ${profiles}). Les événements ne la désignent que par l'id de son parcours.`,
  trajectoriesMissing: (file) => `${file} manque : il contient les événements des parcours.`,
  groupEventInTrajectories: (event, groupLog, file) =>
    `un événement de groupe (${event}) va dans ${groupLog}, pas dans ${file}.`,
  groupEventElsewhere: (group, groupLog) => `un événement du groupe ${group} va dans ${groupLog}.`,
  trajectoryEventInGroupLog: (event, file) =>
    `un événement de parcours (${event}) va dans ${file}, pas dans le journal d'un groupe.`,
  referralProject: (named, project) =>
    `l'orientation nomme le projet « ${named} » ; les paramètres de l'export sont ceux de « ${project} ».`,
  referralGroup: (named, settings, groups) =>
    `l'orientation nomme le groupe « ${named} », qui n'est pas un groupe de ${settings} (${groups}).`,
  groupOpenedProject: (event, named, project) =>
    `${event} nomme le projet « ${named} » ; les paramètres de l'export sont ceux de « ${project} ».`,
  attendeeUnknown: (trajectory) =>
    `la séance indique le parcours ${trajectory} comme présent, mais l'export n'a aucun événement de ce parcours.`,
  attendeeElsewhere: (trajectory, group) =>
    `la séance indique le parcours ${trajectory} comme présent, mais elle a été orientée vers le groupe ${group}.`,
  proposalUnknown: (event, proposal) =>
    `${event} répond à la proposition ${proposal}, qui n'est pas une proposition antérieure de ce parcours.`,
  proposalTwice: (event, proposal) =>
    `${event} répond une deuxième fois à la proposition ${proposal}.`,
  groupNotInSettings: (group, settings, groups) =>
    `le groupe ${group} n'est pas un groupe de ${settings} (${groups}).`,
  profileWithoutEvents: (trajectory) =>
    `il existe un profil du parcours ${trajectory}, qui n'a aucun événement dans l'export.`,
  profileWithoutConsent: (trajectory) =>
    `il existe un profil du parcours ${trajectory}, mais elle n'a jamais consenti au traitement de ses données. Ne gardez ni nom ni coordonnées d'une mère qui n'est pas entrée dans le parcours.`,
  expectedShape: {
    trajectories: "attendu un objet de parcours par id.",
    refused: "attendu une liste d'événements refusés.",
    signals: "attendu une liste de signaux de fidélité à la méthode.",
    indicators: "attendu un objet d'indicateurs par id de groupe.",
  },
  trajectoryMissing: (id) => `le parcours ${id} manque.`,
  trajectoryNotInLogs: (id) => `le parcours ${id} n'est pas dans les journaux de l'export.`,
  stateDiffers: (id, yours, kits) => `${id} : votre état est ${yours}, celui du kit ${kits}.`,
  outcomeDiffers: (id, yours, kits) => `${id} : votre issue est ${yours}, celle du kit ${kits}.`,
  acceptedDiffers: (id, yours, kits) =>
    `${id} : vous avez accepté ${yours} événements, le kit ${kits}.`,
  refusal: (event, trajectory, rules) => `${event} (${trajectory}) par ${rules}`,
  signal: (code, subject, value) => `${code} de ${subject} (valeur ${value})`,
  kitRefuses: (refusal) => `le kit refuse ${refusal} ; votre liste non.`,
  youRefuse: (refusal) => `votre liste refuse ${refusal} ; le kit non.`,
  kitSignals: (signal) => `le kit signale ${signal} ; votre liste non.`,
  youSignal: (signal) => `votre liste signale ${signal} ; le kit non.`,
  noFigures: (path) => `${path} : le kit n'a pas de chiffres ici.`,
  figureDiffers: (path, yours, kits) =>
    `${path} : le vôtre est ${yours}, celui du kit ${kits ?? "rien"}.`,
};

const de: FindingMessages = {
  line: (n) => `Zeile ${n}: `,
  profile: (n) => `Profil ${n}: `,
  refused: (event, of, _rule, why) =>
    `${event}${of === undefined ? "" : ` von ${of}`} wird von einer festen Regel abgelehnt: ${why}`,
  correctionRefused: (correction, target, why) =>
    `${correction} von ${target} wird abgelehnt: ${why}`,
  settingsMissing: (file) =>
    `${file} fehlt: Ein Export beginnt mit den Einstellungen des Projekts.`,
  notAJsonObject: "$: erwartet ein JSON-Objekt; gefunden ein Text, der kein gültiges JSON ist.",
  notAJsonValue: "$: erwartet einen JSON-Wert; gefunden ein Text, der kein gültiges JSON ist.",
  personalData: (what, trajectory, profiles) =>
    `Das Ereignis enthält ${{ name: "den Namen", familyName: "den Familiennamen", email: "die E-Mail-Adresse", phone: "die Telefonnummer" }[what]} der Teilnehmerin der Begleitung ${trajectory} (aus ${profiles}). Ereignisse nennen sie nur mit der ID ihrer Begleitung.`,
  trajectoriesMissing: (file) => `${file} fehlt: Es enthält die Ereignisse der Begleitungen.`,
  groupEventInTrajectories: (event, groupLog, file) =>
    `Ein Ereignis einer Gruppe (${event}) gehört in ${groupLog}, nicht in ${file}.`,
  groupEventElsewhere: (group, groupLog) =>
    `Ein Ereignis der Gruppe ${group} gehört in ${groupLog}.`,
  trajectoryEventInGroupLog: (event, file) =>
    `Ein Ereignis einer Begleitung (${event}) gehört in ${file}, nicht in das Protokoll einer Gruppe.`,
  referralProject: (named, project) =>
    `Die Zuweisung nennt das Projekt „${named}“; die Einstellungen des Exports sind die von „${project}“.`,
  referralGroup: (named, settings, groups) =>
    `Die Zuweisung nennt die Gruppe „${named}“, die keine Gruppe von ${settings} ist (${groups}).`,
  groupOpenedProject: (event, named, project) =>
    `${event} nennt das Projekt „${named}“; die Einstellungen des Exports sind die von „${project}“.`,
  attendeeUnknown: (trajectory) =>
    `Die Sitzung führt die Begleitung ${trajectory} als anwesend, aber der Export hat kein Ereignis dieser Begleitung.`,
  attendeeElsewhere: (trajectory, group) =>
    `Die Sitzung führt die Begleitung ${trajectory} als anwesend, aber sie wurde der Gruppe ${group} zugewiesen.`,
  proposalUnknown: (event, proposal) =>
    `${event} antwortet auf den Vorschlag ${proposal}, der kein früherer Vorschlag dieser Begleitung ist.`,
  proposalTwice: (event, proposal) =>
    `${event} antwortet ein zweites Mal auf den Vorschlag ${proposal}.`,
  groupNotInSettings: (group, settings, groups) =>
    `Die Gruppe ${group} ist keine Gruppe von ${settings} (${groups}).`,
  profileWithoutEvents: (trajectory) =>
    `Es gibt ein Profil der Begleitung ${trajectory}, die keine Ereignisse im Export hat.`,
  profileWithoutConsent: (trajectory) =>
    `Es gibt ein Profil der Begleitung ${trajectory}, aber sie hat der Verarbeitung ihrer Daten nie zugestimmt. Bewahren Sie keinen Namen und keine Kontaktdaten einer Mutter auf, die nicht eingestiegen ist.`,
  expectedShape: {
    trajectories: "erwartet ein Objekt von Begleitungen nach ID.",
    refused: "erwartet eine Liste abgelehnter Ereignisse.",
    signals: "erwartet eine Liste von Signalen zur Methodentreue.",
    indicators: "erwartet ein Objekt von Indikatoren nach ID der Gruppe.",
  },
  trajectoryMissing: (id) => `Die Begleitung ${id} fehlt.`,
  trajectoryNotInLogs: (id) => `Die Begleitung ${id} ist nicht in den Protokollen des Exports.`,
  stateDiffers: (id, yours, kits) => `${id}: Ihr Zustand ist ${yours}, der des Kits ${kits}.`,
  outcomeDiffers: (id, yours, kits) => `${id}: Ihr Ausgang ist ${yours}, der des Kits ${kits}.`,
  acceptedDiffers: (id, yours, kits) =>
    `${id}: Sie haben ${yours} Ereignisse angenommen, das Kit ${kits}.`,
  refusal: (event, trajectory, rules) => `${event} (${trajectory}) durch ${rules}`,
  signal: (code, subject, value) => `${code} von ${subject} (Wert ${value})`,
  kitRefuses: (refusal) => `Das Kit lehnt ${refusal} ab; Ihre Liste nicht.`,
  youRefuse: (refusal) => `Ihre Liste lehnt ${refusal} ab; das Kit nicht.`,
  kitSignals: (signal) => `Das Kit meldet ${signal}; Ihre Liste nicht.`,
  youSignal: (signal) => `Ihre Liste meldet ${signal}; das Kit nicht.`,
  noFigures: (path) => `${path}: Das Kit hat hier keine Zahlen.`,
  figureDiffers: (path, yours, kits) =>
    `${path}: Ihrer ist ${yours}, der des Kits ${kits ?? "nichts"}.`,
};

/** @internal The findings' sentences, by language. */
export const findingCatalogue: Readonly<Record<Language, FindingMessages>> = { nl, fr, de, en };

/** @internal An event type as a finding names it: its label, or in English its code. */
export function eventTypeLabel(type: string, language: Language): string {
  if (language === "en") return type;
  for (const vocabulary of [
    trajectoryEventTypes,
    correctionEventTypes,
    groupEventTypes,
    groupCorrectionEventTypes,
  ])
    if ((vocabulary.codes as readonly string[]).includes(type))
      return (vocabulary.label as (code: string, language: Language) => string)(type, language);
  return type;
}
