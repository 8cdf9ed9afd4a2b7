import { LANGUAGES, type Labels, type Language } from "@miriam/schemas";

/**
 * The app's own words in NL, FR, DE and EN: its chrome (buttons, menus, field labels). The
 * method's words (roles, step owners, phases, event types, life domains, statuses,
 * reasons, indicators, languages, refusals, due actions) come from the kit's packages and
 * are never retyped here: see `terms.ts`. `{name}` is replaced by the value given.
 */
const MESSAGES = {
  appName: [
    "MIRIAM-casemanagement",
    "MIRIAM – gestion de cas",
    "MIRIAM-Case-Management",
    "MIRIAM case management",
  ],
  logIn: ["Aanmelden", "Se connecter", "Anmelden", "Log in"],
  logOut: ["Afmelden", "Se déconnecter", "Abmelden", "Log out"],
  username: ["Gebruikersnaam", "Nom d'utilisateur", "Benutzername", "Username"],
  password: ["Wachtwoord", "Mot de passe", "Passwort", "Password"],
  loginFailed: [
    "Gebruikersnaam of wachtwoord klopt niet.",
    "Nom d'utilisateur ou mot de passe incorrect.",
    "Benutzername oder Passwort ist falsch.",
    "Wrong username or password.",
  ],
  passwordPolicy: [
    "Kies een wachtwoord van minstens 15 tekens. Veelgebruikte of gelekte wachtwoorden en wachtwoorden met de gebruikersnaam erin worden geweigerd.",
    "Choisissez un mot de passe d'au moins 15 caractères. Les mots de passe courants ou ayant fuité, et ceux qui contiennent le nom d'utilisateur, sont refusés.",
    "Wählen Sie ein Passwort mit mindestens 15 Zeichen. Häufige oder geleakte Passwörter und solche, die den Benutzernamen enthalten, werden abgelehnt.",
    "Choose a password of at least 15 characters. Common or breached passwords, and passwords that contain the username, are refused.",
  ],
  loginThrottled: [
    "Te veel mislukte pogingen. Probeer opnieuw over {n} seconden.",
    "Trop de tentatives échouées. Réessayez dans {n} secondes.",
    "Zu viele fehlgeschlagene Versuche. Versuchen Sie es in {n} Sekunden erneut.",
    "Too many failed attempts. Try again in {n} seconds.",
  ],
  language: ["Taal", "Langue", "Sprache", "Language"],
  save: ["Opslaan", "Enregistrer", "Speichern", "Save"],
  groups: ["Groepen", "Groupes", "Gruppen", "Groups"],
  group: ["Groep", "Groupe", "Gruppe", "Group"],
  participants: ["Deelneemsters", "Participantes", "Teilnehmerinnen", "Participants"],
  dueActions: ["Te doen", "À faire", "Zu erledigen", "Due actions"],
  nothingDue: ["Niets te doen", "Rien à faire", "Nichts zu erledigen", "Nothing due"],
  overdue: ["te laat", "en retard", "überfällig", "overdue"],
  dueOn: ["tegen {date}", "pour le {date}", "bis {date}", "by {date}"],
  paused: ["gepauzeerd", "en pause", "pausiert", "paused"],
  lastEvent: ["Laatste gebeurtenis", "Dernier événement", "Letztes Ereignis", "Last event"],
  newReferral: ["Nieuwe toeleiding", "Nouvelle orientation", "Neue Zuweisung", "New referral"],
  sessions: ["Groepssessies", "Séances de groupe", "Gruppensitzungen", "Group sessions"],
  newSession: [
    "Sessie registreren",
    "Enregistrer une séance",
    "Sitzung erfassen",
    "Record a session",
  ],
  attendanceRegister: [
    "Aanwezigheidslijst",
    "Liste de présence",
    "Anwesenheitsliste",
    "Attendance register",
  ],
  attendees: ["Aanwezig", "Présentes", "Anwesend", "Present"],
  groupReport: ["Groepsrapport", "Rapport du groupe", "Gruppenbericht", "Group report"],
  funderReport: [
    "Rapport voor de POD MI",
    "Rapport pour le SPP IS",
    "Bericht an den Geldgeber",
    "Funder report",
  ],
  annualReport: [
    "Jaarverslag (afdrukken)",
    "Rapport annuel (imprimer)",
    "Jahresbericht (drucken)",
    "Annual report (print)",
  ],
  timeline: ["Tijdlijn", "Chronologie", "Zeitleiste", "Timeline"],
  recordNow: [
    "Wat je nu kan registreren",
    "Ce que vous pouvez enregistrer maintenant",
    "Was Sie jetzt erfassen können",
    "What you can record now",
  ],
  notPossibleNow: [
    "Nu niet mogelijk",
    "Pas possible maintenant",
    "Jetzt nicht möglich",
    "Not possible now",
  ],
  whatWouldHelp: [
    "Wat het mogelijk maakt",
    "Ce qui le rendrait possible",
    "Was es möglich macht",
    "What would make it possible",
  ],
  fidelitySignals: [
    "Getrouwheidssignalen",
    "Signaux de fidélité à la méthode",
    "Hinweise zur Methodentreue",
    "Fidelity signals",
  ],
  noSignals: ["Geen signalen.", "Aucun signal.", "Keine Hinweise.", "No signals."],
  documents: ["Documenten", "Documents", "Dokumente", "Documents"],
  print: ["Afdrukken", "Imprimer", "Drucken", "Print"],
  profile: ["Persoonsgegevens", "Données personnelles", "Personendaten", "Personal details"],
  givenName: ["Voornaam", "Prénom", "Vorname", "Given name"],
  familyName: ["Familienaam", "Nom", "Nachname", "Family name"],
  birthDate: ["Geboortedatum", "Date de naissance", "Geburtsdatum", "Birth date"],
  phone: ["Telefoon", "Téléphone", "Telefon", "Phone"],
  email: ["E-mail", "E-mail", "E-Mail", "Email"],
  preferredLanguage: [
    "Voorkeurtaal",
    "Langue préférée",
    "Bevorzugte Sprache",
    "Preferred language",
  ],
  erased: ["gewist", "effacé", "gelöscht", "erased"],
  exportData: [
    "Haar gegevens exporteren (JSON)",
    "Exporter ses données (JSON)",
    "Ihre Daten exportieren (JSON)",
    "Export her data (JSON)",
  ],
  eraseData: [
    "Haar gegevens wissen",
    "Effacer ses données",
    "Ihre Daten löschen",
    "Erase her data",
  ],
  eraseExplain: [
    "Wist haar naam en contactgegevens en alle vrije tekst in haar gebeurtenissen. Wat blijft: gepseudonimiseerde codes, datums en scores voor de groepscijfers. Typ de trajectcode om te bevestigen.",
    "Efface son nom, ses coordonnées et tout texte libre de ses événements. Il reste : codes pseudonymes, dates et scores pour les chiffres du groupe. Tapez le code du parcours pour confirmer.",
    "Löscht ihren Namen, ihre Kontaktdaten und jeden Freitext in ihren Ereignissen. Es bleiben: pseudonyme Codes, Daten und Werte für die Gruppenzahlen. Geben Sie zur Bestätigung den Code der Begleitung ein.",
    "Erases her name, contact details and all free text in her events. What remains: pseudonymous codes, dates and scores for the group's figures. Type the trajectory code to confirm.",
  ],
  confirmCode: ["Trajectcode", "Code du parcours", "Code der Begleitung", "Trajectory code"],
  erasedDone: [
    "Haar gegevens zijn gewist.",
    "Ses données ont été effacées.",
    "Ihre Daten wurden gelöscht.",
    "Her data was erased.",
  ],
  when: ["Wanneer", "Quand", "Wann", "When"],
  note: ["Notitie", "Note", "Notiz", "Note"],
  record: ["Registreren", "Enregistrer", "Erfassen", "Record"],
  cancel: ["Annuleren", "Annuler", "Abbrechen", "Cancel"],
  back: ["Terug", "Retour", "Zurück", "Back"],
  recorded: ["Geregistreerd.", "Enregistré.", "Erfasst.", "Recorded."],
  alreadyRecorded: [
    "Dit was al geregistreerd.",
    "C'était déjà enregistré.",
    "Das war bereits erfasst.",
    "This was recorded already.",
  ],
  refusedTitle: [
    "Dit kan nu niet worden geregistreerd",
    "Cela ne peut pas être enregistré maintenant",
    "Das kann jetzt nicht erfasst werden",
    "This cannot be recorded now",
  ],
  invalidTitle: [
    "Controleer het formulier",
    "Vérifiez le formulaire",
    "Bitte prüfen Sie das Formular",
    "Please check the form",
  ],
  conflictTitle: [
    "Iemand anders registreerde intussen iets",
    "Quelqu'un d'autre a enregistré quelque chose entre-temps",
    "Jemand anderes hat inzwischen etwas erfasst",
    "Someone else recorded something meanwhile",
  ],
  conflictExplain: [
    "Het traject veranderde sinds je dit formulier opende. Er is niets verloren: je invoer is bewaard. Registreer opnieuw om ze op de nieuwe stand toe te voegen (de regels worden opnieuw gecontroleerd), of ga terug naar de tijdlijn.",
    "Le parcours a changé depuis que vous avez ouvert ce formulaire. Rien n'est perdu : votre saisie est conservée. Enregistrez à nouveau pour l'ajouter à la nouvelle situation (les règles sont revérifiées), ou revenez à la chronologie.",
    "Die Begleitung hat sich geändert, seit Sie dieses Formular geöffnet haben. Nichts ist verloren: Ihre Eingabe ist gespeichert. Erfassen Sie erneut, um sie zum neuen Stand hinzuzufügen (die Regeln werden erneut geprüft), oder gehen Sie zur Zeitleiste zurück.",
    "The trajectory changed since you opened this form. Nothing is lost: your input is kept. Record again to add it to the new state (the rules are checked again), or go back to the timeline.",
  ],
  recordAgain: ["Opnieuw registreren", "Enregistrer à nouveau", "Erneut erfassen", "Record again"],
  forbidden: ["Geen toegang", "Accès refusé", "Kein Zugriff", "No access"],
  forbiddenExplain: [
    "Je hebt geen toegang tot deze pagina.",
    "Vous n'avez pas accès à cette page.",
    "Sie haben keinen Zugriff auf diese Seite.",
    "You do not have access to this page.",
  ],
  notFound: ["Niet gevonden", "Introuvable", "Nicht gefunden", "Not found"],
  notFoundExplain: [
    "Deze pagina bestaat niet, of je hebt er geen toegang toe.",
    "Cette page n'existe pas, ou vous n'y avez pas accès.",
    "Diese Seite gibt es nicht, oder Sie haben keinen Zugriff darauf.",
    "This page does not exist, or you do not have access to it.",
  ],
  csrfFailed: [
    "Het formulier is verlopen. Laad de pagina opnieuw en probeer nog eens.",
    "Le formulaire a expiré. Rechargez la page et réessayez.",
    "Das Formular ist abgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.",
    "The form has expired. Reload the page and try again.",
  ],
  referredBy: [
    "Toegeleid door (code medewerker)",
    "Orientée par (code du travailleur)",
    "Zugewiesen von (Mitarbeitercode)",
    "Referred by (worker code)",
  ],
  singleMother: [
    "Voedt haar kinderen alleen op",
    "Élève seule ses enfants",
    "Erzieht ihre Kinder allein",
    "Raises her children alone",
  ],
  services: [
    "OCMW-diensten die ze gebruikt",
    "Services du CPAS qu'elle utilise",
    "Genutzte ÖSHZ-Dienste",
    "OCMW services she uses",
  ],
  age: ["Leeftijd", "Âge", "Alter", "Age"],
  youngestChildAge: [
    "Leeftijd jongste kind",
    "Âge du plus jeune enfant",
    "Alter des jüngsten Kindes",
    "Age of youngest child",
  ],
  speaksGroupLanguage: [
    "Kan de groepssessies volgen in de taal van de groep",
    "Peut suivre les séances de groupe dans la langue du groupe",
    "Kann den Gruppensitzungen in der Sprache der Gruppe folgen",
    "Can follow the group sessions in the group's language",
  ],
  eligibilityException: [
    "Uitzondering op de toelatingsvoorwaarden",
    "Exception aux conditions d'accès",
    "Ausnahme von den Teilnahmebedingungen",
    "Exception to the eligibility rules",
  ],
  eligibilityExceptionHint: [
    "Alleen als de coördinator van het project ze toestond voor een moeder die niet aan alle voorwaarden voldoet.",
    "Seulement si la coordination du projet l'a accordée pour une mère qui ne remplit pas toutes les conditions.",
    "Nur wenn die Koordination des Projekts sie für eine Mutter erlaubt hat, die nicht alle Bedingungen erfüllt.",
    "Only if the project's coordinator allowed it for a mother who does not meet every rule.",
  ],
  approvedBy: ["Toegestaan door", "Accordée par", "Erlaubt von", "Allowed by"],
  noException: ["Geen uitzondering", "Pas d'exception", "Keine Ausnahme", "No exception"],
  exceptionReason: ["Reden", "Raison", "Grund", "Reason"],
  ineligibleTitle: [
    "Ze voldoet niet aan de toelatingsvoorwaarden van het project",
    "Elle ne remplit pas les conditions d'accès du projet",
    "Sie erfüllt die Teilnahmebedingungen des Projekts nicht",
    "She does not meet the project's eligibility rules",
  ],
  referralNoName: [
    "Enkel de naam: andere persoonsgegevens pas na haar toestemming.",
    "Seulement le nom : les autres données personnelles après son consentement.",
    "Nur der Name: weitere Personendaten erst nach ihrer Einwilligung.",
    "Her name only: other personal data only after her consent.",
  ],
  decision: ["Beslissing", "Décision", "Entscheidung", "Decision"],
  scopes: ["Toestemming voor", "Consentement pour", "Einwilligung für", "Consent to"],
  noticeVersion: [
    "Versie privacyverklaring",
    "Version de la notice vie privée",
    "Version der Datenschutzhinweise",
    "Privacy notice version",
  ],
  location: ["Plaats", "Lieu", "Ort", "Location"],
  childrenBirthYears: [
    "Geboortejaren van de kinderen (bv. 2018, 2021)",
    "Années de naissance des enfants (p. ex. 2018, 2021)",
    "Geburtsjahre der Kinder (z. B. 2018, 2021)",
    "Children's birth years (e.g. 2018, 2021)",
  ],
  situation: [
    "Situatie per levensdomein",
    "Situation par domaine de vie",
    "Situation je Lebensbereich",
    "Situation per life domain",
  ],
  wantsToWorkOnIt: [
    "Wil eraan werken",
    "Veut y travailler",
    "Möchte daran arbeiten",
    "Wants to work on it",
  ],
  answer: ["Antwoord", "Réponse", "Antwort", "Answer"],
  notAnswered: ["niet beantwoord", "sans réponse", "nicht beantwortet", "not answered"],
  yes: ["ja", "oui", "ja", "yes"],
  no: ["nee", "non", "nein", "no"],
  unknown: ["onbekend", "inconnu", "unbekannt", "unknown"],
  goal: ["Doel", "Objectif", "Ziel", "Goal"],
  goalInHerWords: [
    "Doel, in haar eigen woorden",
    "Objectif, avec ses propres mots",
    "Ziel, in ihren eigenen Worten",
    "Goal, in her own words",
  ],
  firstStep: ["Eerste stap", "Première étape", "Erster Schritt", "First step"],
  who: ["Wie", "Qui", "Wer", "Who"],
  planGoalsHint: [
    "Minstens één doel; lege doelen worden genegeerd.",
    "Au moins un objectif ; les objectifs vides sont ignorés.",
    "Mindestens ein Ziel; leere Ziele werden ignoriert.",
    "At least one goal; empty goals are ignored.",
  ],
  integrationContract: [
    "Gekoppeld aan haar GPMI",
    "Lié à son PIIS",
    "Mit ihrer IPSE verknüpft",
    "Linked to her integration contract (GPMI / PIIS / IPSE)",
  ],
  status: ["Status", "Statut", "Status", "Status"],
  mode: ["Soort contact", "Type de contact", "Art des Kontakts", "Contact mode"],
  minutes: ["Minuten", "Minutes", "Minuten", "Minutes"],
  partner: [
    "Partnerorganisatie",
    "Organisation partenaire",
    "Partnerorganisation",
    "Partner organisation",
  ],
  right: ["Recht", "Droit", "Recht", "Right"],
  reason: ["Reden", "Raison", "Grund", "Reason"],
  certificate: [
    "Getuigschrift overhandigd",
    "Certificat remis",
    "Zertifikat überreicht",
    "Certificate handed over",
  ],
  handoverTo: ["Overdracht aan", "Passage de relais à", "Übergabe an", "Handover to"],
  noneNeeded: [
    "geen verdere begeleiding nodig",
    "pas d'accompagnement nécessaire",
    "keine weitere Begleitung nötig",
    "no further support needed",
  ],
  receivingWorker: [
    "Code van de maatschappelijk werker",
    "Code de l'assistant·e social·e",
    "Code der Sozialarbeiterin",
    "Social worker's code",
  ],
  monthsAfterEnd: [
    "Maanden na het einde",
    "Mois après la fin",
    "Monate nach dem Ende",
    "Months after the end",
  ],
  observation: [
    "Geanonimiseerde vaststelling (geen namen!)",
    "Constat anonymisé (pas de noms !)",
    "Anonymisierte Feststellung (keine Namen!)",
    "Anonymised observation (no names!)",
  ],
  topic: ["Thema", "Thème", "Thema", "Topic"],
  kind: ["Soort", "Type", "Art", "Kind"],
  withChildren: ["Met de kinderen", "Avec les enfants", "Mit den Kindern", "With the children"],
  date: ["Datum", "Date", "Datum", "Date"],
  noSessions: [
    "Nog geen sessies.",
    "Pas encore de séances.",
    "Noch keine Sitzungen.",
    "No sessions yet.",
  ],
  attendanceNotAllowed: [
    "kan nu niet deelnemen",
    "ne peut pas participer maintenant",
    "kann jetzt nicht teilnehmen",
    "cannot attend now",
  ],
  attendanceViaSession: [
    "Aanwezigheid wordt geregistreerd bij de groepssessie.",
    "La présence s'enregistre avec la séance de groupe.",
    "Die Anwesenheit wird bei der Gruppensitzung erfasst.",
    "Attendance is recorded with the group session.",
  ],
  suppressedNote: [
    "Aantallen onder {threshold} en wat ze zou verraden zijn verborgen (kleine-celonderdrukking).",
    "Les effectifs inférieurs à {threshold} et ce qui permettrait de les déduire sont masqués.",
    "Zahlen unter {threshold} und was sie verraten würde, sind ausgeblendet.",
    "Counts below {threshold}, and any that would give them away, are hidden (small-cell suppression).",
  ],
  hidden: ["verborgen", "masqué", "ausgeblendet", "hidden"],
  value: ["Waarde", "Valeur", "Wert", "Value"],
  project: ["Project", "Projet", "Projekt", "Project"],
  users: ["Gebruikers", "Utilisateurs", "Benutzer", "Users"],
  role: ["Rol", "Rôle", "Rolle", "Role"],
  newUser: ["Nieuwe gebruiker", "Nouvel utilisateur", "Neuer Benutzer", "New user"],
  workerId: [
    "Code medewerker (pseudoniem)",
    "Code du travailleur (pseudonyme)",
    "Mitarbeitercode (Pseudonym)",
    "Worker code (pseudonymous)",
  ],
  displayName: ["Weergavenaam", "Nom affiché", "Anzeigename", "Display name"],
  activeAccount: ["Actief", "Actif", "Aktiv", "Active"],
  deactivate: ["Deactiveren", "Désactiver", "Deaktivieren", "Deactivate"],
  activate: ["Activeren", "Activer", "Aktivieren", "Activate"],
  newPassword: ["Nieuw wachtwoord", "Nouveau mot de passe", "Neues Passwort", "New password"],
  auditLog: ["Auditlog", "Journal d'audit", "Audit-Protokoll", "Audit log"],
  action: ["Actie", "Action", "Aktion", "Action"],
  subject: ["Onderwerp", "Objet", "Gegenstand", "Subject"],
  who2: ["Wie", "Qui", "Wer", "Who"],
  admin: ["Beheerder", "Administrateur", "Administratorin", "Administrator"],
  groupAccess: [
    "Groepen (codes, komma's)",
    "Groupes (codes, virgules)",
    "Gruppen (Codes, Kommas)",
    "Groups (codes, commas)",
  ],
  refusedOnReplay: [
    "{n} gebeurtenis(sen) in dit logboek werden bij het herspelen geweigerd.",
    "{n} événement(s) de ce journal ont été refusés à la relecture.",
    "{n} Ereignis(se) dieses Protokolls wurden beim Abspielen abgelehnt.",
    "{n} event(s) of this log were refused on replay.",
  ],
  version: ["versie", "version", "Version", "version"],
  skipToContent: ["Naar de inhoud", "Aller au contenu", "Zum Inhalt", "Skip to content"],
  attended: [
    "Groepssessie bijgewoond",
    "Séance de groupe suivie",
    "Gruppensitzung besucht",
    "Attended a group session",
  ],
  demoHint: [
    "Demo: casemanager, casemanager2, coordinator of admin, wachtwoord miriam-demo.",
    "Démo : casemanager, casemanager2, coordinator ou admin, mot de passe miriam-demo.",
    "Demo: casemanager, casemanager2, coordinator oder admin, Passwort miriam-demo.",
    "Demo: casemanager, casemanager2, coordinator or admin, password miriam-demo.",
  ],
  chooseStep: [
    "Kies wat je registreert",
    "Choisissez quoi enregistrer",
    "Wählen Sie, was Sie erfassen",
    "Choose what to record",
  ],
  scaleHint: [
    "0 = {min}, 10 = {max}",
    "0 = {min}, 10 = {max}",
    "0 = {min}, 10 = {max}",
    "0 = {min}, 10 = {max}",
  ],
  notice: ["Let op", "Attention", "Hinweis", "Note"],
  trajectory: ["Traject", "Parcours", "Begleitung", "Trajectory"],
  statusLabel: ["Stand", "Situation", "Stand", "Status"],
  period: ["Periode", "Période", "Zeitraum", "Period"],
  programme: ["Programma", "Programme", "Programm", "Programme"],
  fidelity: ["Methodetrouw", "Fidélité à la méthode", "Methodentreue", "Fidelity"],
  count: ["Aantal", "Nombre", "Anzahl", "Count"],
  perParticipant: ["Per deelneemster", "Par participante", "Je Teilnehmerin", "Per participant"],
  insideOnly: [
    "Enkel voor intern gebruik in het OCMW: niets onderdrukt.",
    "Usage interne au CPAS uniquement : rien n'est masqué.",
    "Nur für den internen Gebrauch im ÖSHZ: nichts ausgeblendet.",
    "For use inside the OCMW only: nothing is suppressed.",
  ],
  // Her personal page (issue #20): her side in plain words, then the case manager's.
  herCodePrompt: [
    "Typ je code. Je kreeg die op papier.",
    "Tapez votre code. Vous l'avez reçu sur papier.",
    "Geben Sie Ihren Code ein. Sie haben ihn auf Papier bekommen.",
    "Type your code. You got it on paper.",
  ],
  herCode: ["Code", "Code", "Code", "Code"],
  herOpen: ["Openen", "Ouvrir", "Öffnen", "Open"],
  herCodeWrong: [
    "Die code klopt niet. Probeer opnieuw.",
    "Ce code n'est pas bon. Essayez encore.",
    "Dieser Code stimmt nicht. Versuchen Sie es noch einmal.",
    "That code is not right. Try again.",
  ],
  herLinkGone: [
    "Deze link werkt niet meer. Dat is niet erg. Vraag je casemanager om een nieuwe link. Je plan op papier blijft gewoon geldig.",
    "Ce lien ne marche plus. Ce n'est pas grave. Demandez un nouveau lien à votre case manager. Votre plan sur papier reste valable.",
    "Dieser Link funktioniert nicht mehr. Das ist nicht schlimm. Fragen Sie Ihre Case-Managerin oder Ihren Case-Manager nach einem neuen Link. Ihr Plan auf Papier gilt weiter.",
    "This link no longer works. That is all right. Ask your case manager for a new link. Your plan on paper still counts.",
  ],
  herLinkGoneTitle: ["Link verlopen", "Lien expiré", "Link abgelaufen", "Link expired"],
  herTopicHeading: [
    "Een idee voor de groep",
    "Une idée pour le groupe",
    "Eine Idee für die Gruppe",
    "An idea for the group",
  ],
  herTopicLabel: [
    "Waarover wil je met de groep praten?",
    "De quoi voulez-vous parler en groupe ?",
    "Worüber möchten Sie in der Gruppe sprechen?",
    "What would you like to talk about in the group?",
  ],
  herStepHeading: [
    "Een stap gedaan?",
    "Une étape faite ?",
    "Einen Schritt gemacht?",
    "Did a step?",
  ],
  herStepLabel: [
    "Welke stap heb je gedaan?",
    "Quelle étape avez-vous faite ?",
    "Welchen Schritt haben Sie gemacht?",
    "Which step did you do?",
  ],
  herSend: ["Versturen", "Envoyer", "Senden", "Send"],
  herSent: [
    "Bedankt! Je casemanager bekijkt het.",
    "Merci ! Votre case manager va le regarder.",
    "Danke! Ihre Case-Managerin oder Ihr Case-Manager schaut es sich an.",
    "Thank you! Your case manager will look at it.",
  ],
  herShowChart: [
    "Toon mijn antwoorden van het begin en het einde",
    "Montrer mes réponses du début et de la fin",
    "Meine Antworten vom Anfang und vom Ende zeigen",
    "Show my answers from the start and the end",
  ],
  herPage: [
    "Haar persoonlijke pagina",
    "Sa page personnelle",
    "Ihre persönliche Seite",
    "Her personal page",
  ],
  herPageNeedsConsent: [
    "Alleen als zij toestemming gaf voor een persoonlijke webpagina. De afgedrukte 'Mijn plan' heeft geen toestemming of account nodig.",
    "Seulement si elle a consenti à une page web personnelle. « Mon plan » imprimé ne demande ni consentement ni compte.",
    "Nur wenn sie in eine persönliche Webseite eingewilligt hat. Der gedruckte „Mein Plan“ braucht weder Einwilligung noch Konto.",
    "Only when she consented to a personal web page. The printed 'My plan' needs no consent or account.",
  ],
  herLinkCreate: [
    "Link maken ({n} dagen geldig)",
    "Créer un lien (valable {n} jours)",
    "Link erstellen ({n} Tage gültig)",
    "Create a link (valid {n} days)",
  ],
  herLinkActive: [
    "Er is een link, geldig tot {date}.",
    "Il y a un lien, valable jusqu'au {date}.",
    "Es gibt einen Link, gültig bis {date}.",
    "There is a link, valid until {date}.",
  ],
  herLinkRevoke: ["Link intrekken", "Retirer le lien", "Link widerrufen", "Revoke the link"],
  herLinkCreated: [
    "Geef haar de link en, apart op papier, de code. Ze worden maar één keer getoond.",
    "Donnez-lui le lien et, à part sur papier, le code. Ils ne sont montrés qu'une fois.",
    "Geben Sie ihr den Link und, getrennt auf Papier, den Code. Beide werden nur einmal gezeigt.",
    "Give her the link and, separately on paper, the code. They are shown only once.",
  ],
  herLinkAddress: ["Link", "Lien", "Link", "Link"],
  herProposals: ["Haar voorstellen", "Ses propositions", "Ihre Vorschläge", "Her proposals"],
  herNoProposals: [
    "Geen voorstellen die wachten.",
    "Aucune proposition en attente.",
    "Keine wartenden Vorschläge.",
    "No proposals waiting.",
  ],
  herConfirm: ["Bevestigen", "Confirmer", "Bestätigen", "Confirm"],
  herDecline: ["Niet overnemen", "Ne pas retenir", "Nicht übernehmen", "Decline"],
  groupTopics: [
    "Thema's van de groep",
    "Thèmes du groupe",
    "Themen der Gruppe",
    "The group's topics",
  ],
  groupTopicsChosen: [
    "Gekozen door de groep",
    "Choisis par le groupe",
    "Von der Gruppe gewählt",
    "Chosen by the group",
  ],
  groupTopicsProposed: [
    "Voorgesteld door de moeders (bevestigd)",
    "Proposés par les mères (confirmés)",
    "Von den Müttern vorgeschlagen (bestätigt)",
    "Proposed by the mothers (confirmed)",
  ],
  groupTopicChoose: [
    "De groep koos dit",
    "Le groupe a choisi ceci",
    "Die Gruppe hat das gewählt",
    "The group chose this",
  ],
  groupTopicNew: [
    "Een ander thema dat de groep koos",
    "Un autre thème choisi par le groupe",
    "Ein anderes Thema, das die Gruppe gewählt hat",
    "Another topic the group chose",
  ],
} as const satisfies Record<string, readonly [string, string, string, string]>;

export type MessageKey = keyof typeof MESSAGES;

const INDEX: Record<Language, number> = { nl: 0, fr: 1, de: 2, en: 3 };

/** The translator for one language. */
export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(language: Language): T {
  return (key, vars) => {
    let text: string = MESSAGES[key][INDEX[language]] ?? MESSAGES[key][3];
    if (vars)
      for (const [name, value] of Object.entries(vars))
        text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

/** A message in every language, e.g. for a kit function that takes `Labels`. */
export function labelsOf(key: MessageKey): Labels {
  const [nl, fr, de, en] = MESSAGES[key];
  return { nl, fr, de, en };
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

/** The best language from an Accept-Language header, default Dutch. */
export function fromAcceptLanguage(header: string | undefined): Language {
  for (const part of (header ?? "").split(",")) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return "nl";
}
