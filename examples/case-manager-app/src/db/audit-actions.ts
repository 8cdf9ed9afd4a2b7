import { type Labels, type Language, labels } from "@miriam/schemas";

// What the audit log records, in words. These are the app's own actions (who opened a
// page, logged in, made an account): a vendor's product keeps its own audit log with its
// own actions, so they are app chrome, not a vocabulary of @miriam/schemas
// (docs/decisions.md). Every code `audit()` accepts is listed here, so none reaches the
// page raw.

const AUDIT_ACTIONS = {
  login: labels("Aangemeld", "Connexion", "Angemeldet", "Logged in"),
  "login.failed": labels(
    "Mislukte aanmelding",
    "Échec de connexion",
    "Fehlgeschlagene Anmeldung",
    "Failed login",
  ),
  logout: labels("Afgemeld", "Déconnexion", "Abgemeldet", "Logged out"),
  "worklist.viewed": labels(
    "Werklijst bekeken",
    "Liste de travail consultée",
    "Arbeitsliste angesehen",
    "Worklist viewed",
  ),
  "calendar.viewed": labels(
    "Kalender bekeken",
    "Calendrier consulté",
    "Kalender angesehen",
    "Calendar viewed",
  ),
  "calendar-feed.created": labels(
    "Agenda-adres aangemaakt",
    "Adresse d'agenda créée",
    "Kalenderadresse erstellt",
    "Calendar feed created",
  ),
  "calendar-feed.revoked": labels(
    "Agenda-adres ingetrokken",
    "Adresse d'agenda révoquée",
    "Kalenderadresse widerrufen",
    "Calendar feed revoked",
  ),
  "participants.searched": labels(
    "Deelneemsters gezocht",
    "Recherche de participantes",
    "Teilnehmerinnen gesucht",
    "Participants searched",
  ),
  "group.viewed": labels("Groep bekeken", "Groupe consulté", "Gruppe angesehen", "Group viewed"),
  "participant.viewed": labels(
    "Dossier bekeken",
    "Dossier consulté",
    "Akte angesehen",
    "Record viewed",
  ),
  "participant.exported": labels(
    "Gegevens uitgevoerd",
    "Données exportées",
    "Daten exportiert",
    "Data exported",
  ),
  "participant.erased": labels(
    "Gegevens gewist",
    "Données effacées",
    "Daten gelöscht",
    "Data erased",
  ),
  "profile.changed": labels(
    "Persoonsgegevens gewijzigd",
    "Données personnelles modifiées",
    "Persönliche Daten geändert",
    "Personal details changed",
  ),
  "trajectory.referred": labels(
    "Aanmelding geregistreerd",
    "Orientation enregistrée",
    "Zuweisung erfasst",
    "Referral recorded",
  ),
  "event.recorded": labels(
    "Stap geregistreerd",
    "Étape enregistrée",
    "Schritt erfasst",
    "Step recorded",
  ),
  "group-event.recorded": labels(
    "Groepsmoment geregistreerd",
    "Rencontre de groupe enregistrée",
    "Gruppentreffen erfasst",
    "Group event recorded",
  ),
  "document.printed": labels(
    "Document afgedrukt",
    "Document imprimé",
    "Dokument gedruckt",
    "Document printed",
  ),
  "report.viewed": labels(
    "Rapport bekeken",
    "Rapport consulté",
    "Bericht angesehen",
    "Report viewed",
  ),
  "her-page.link-created": labels(
    "Link naar haar pagina gemaakt",
    "Lien vers sa page créé",
    "Link zu ihrer Seite erstellt",
    "Link to her page created",
  ),
  "her-page.link-revoked": labels(
    "Link naar haar pagina ingetrokken",
    "Lien vers sa page révoqué",
    "Link zu ihrer Seite widerrufen",
    "Link to her page revoked",
  ),
  "her-page.viewed": labels(
    "Haar pagina bekeken",
    "Sa page consultée",
    "Ihre Seite angesehen",
    "Her page viewed",
  ),
  "her-page.code-wrong": labels(
    "Verkeerde code op haar pagina",
    "Code erroné sur sa page",
    "Falscher Code auf ihrer Seite",
    "Wrong code on her page",
  ),
  "user.created": labels("Account aangemaakt", "Compte créé", "Konto erstellt", "Account created"),
  "user.password-reset": labels(
    "Wachtwoord opnieuw ingesteld",
    "Mot de passe réinitialisé",
    "Passwort zurückgesetzt",
    "Password reset",
  ),
  "user.activated": labels(
    "Account geactiveerd",
    "Compte activé",
    "Konto aktiviert",
    "Account activated",
  ),
  "user.deactivated": labels(
    "Account gedeactiveerd",
    "Compte désactivé",
    "Konto deaktiviert",
    "Account deactivated",
  ),
  "user.groups-changed": labels(
    "Groepen van het account gewijzigd",
    "Groupes du compte modifiés",
    "Gruppen des Kontos geändert",
    "Account's groups changed",
  ),
  "audit.exported": labels(
    "Auditlog uitgevoerd",
    "Journal d'audit exporté",
    "Audit-Protokoll exportiert",
    "Audit log exported",
  ),
} satisfies Record<string, Labels>;

/** An action the audit log records. */
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Every action the audit log records. */
export const auditActions = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/** An action in words; a code from another version of the app is shown as it is. */
export function auditActionLabel(action: string, language: Language): string {
  return (AUDIT_ACTIONS as Record<string, Labels | undefined>)[action]?.[language] ?? action;
}
