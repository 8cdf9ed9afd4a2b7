import type { GroupEvent, ProjectSettingsInput } from "@miriam/schemas";
import type { DossioDossier, DossioJournalRow } from "../src/dossio.js";

// Invented records, shaped like a Dossio database export: no real person.

export const settings: ProjectSettingsInput = {
  id: "ocmw-voorbeeldstad-miriam",
  ocmw: { name: "OCMW Voorbeeldstad" },
  region: "flanders",
  languages: ["nl"],
  groups: [
    {
      id: "voorbeeldstad-2025-a",
      name: "MIRIAM Voorbeeldstad 2025-2026, groep A",
      caseManagerId: "cm12",
      startDate: "2025-09-15",
    },
  ],
};

export const groupEvents: GroupEvent[] = [
  {
    id: "voorbeeldstad-2025-a.opened",
    groupId: "voorbeeldstad-2025-a",
    type: "group.opened",
    at: "2025-08-20T09:00:00+02:00",
    by: "co01",
    data: { projectId: settings.id, caseManagerId: "cm12", capacity: 15 },
  },
];

export const dossiers: DossioDossier[] = [
  {
    dossierNr: "D-2025-0412",
    miriamGroup: "voorbeeldstad-2025-a",
    referredAt: "2025-08-25 10:00",
    referredBy: "MW12",
    singleMother: true,
    services: ["LL"],
    age: 31,
    youngestChildAge: 4,
    infoTalk: { at: "2025-09-01 14:00", by: "CM12", answer: "JA" },
    consent: { at: "2025-09-08 10:30", by: "CM12", scopes: ["VERWERKING", "PARTNERS"] },
  },
  {
    dossierNr: "D-2025-0419",
    miriamGroup: "voorbeeldstad-2025-a",
    referredAt: "2025-08-27 11:00",
    referredBy: "MW03",
    singleMother: true,
    services: ["AANV", "SB"],
    infoTalk: { at: "2025-09-03 09:30", by: "CM12", answer: "NEE" },
    closed: { at: "2025-09-03 10:15", by: "CM12", outcome: "GEWEIGERD" },
  },
];

export const journal: DossioJournalRow[] = [
  {
    rowId: 101,
    dossierNr: "D-2025-0412",
    kind: "GESPREK",
    at: "2025-09-12 10:00",
    worker: "CM12",
    place: "THUIS",
    minutes: 75,
    themes: ["WON", "FIN"],
    report: "Verslag met namen: blijft in Dossio.",
  },
  {
    rowId: 102,
    dossierNr: "D-2025-0412",
    kind: "RECHT",
    at: "2025-09-12 11:15",
    worker: "CM12",
    right: "GROEIPAKKET",
    status: "RECHT",
  },
  {
    rowId: 117,
    dossierNr: "D-2025-0412",
    kind: "RECHT",
    at: "2025-09-22 09:00",
    worker: "CM12",
    right: "DAVO",
    status: "AANGEVRAAGD",
  },
  {
    rowId: 118,
    dossierNr: "D-2025-0412",
    kind: "GESPREK",
    at: "2025-09-22 09:30",
    worker: "CM12",
    place: "BEGELEIDING",
    minutes: 120,
    themes: ["ADM"],
  },
  {
    rowId: 131,
    dossierNr: "D-2025-0412",
    kind: "GESPREK",
    at: "2025-11-03 14:00",
    worker: "CM12",
    place: "TELEFOON",
    minutes: 20,
    themes: ["KO", "WERK"],
  },
];
