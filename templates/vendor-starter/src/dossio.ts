// The records of "Dossio", a fictional case-management system used by OCMWs, as its
// database export gives them. Replace these types with your own system's records: the
// adapter in adapter.ts is the only place that knows both shapes.

/** A Dossio client file: one per mother taking part in MIRIAM. */
export interface DossioDossier {
  /**
   * Dossio's file number, e.g. "D-2025-0412". It becomes the MIRIAM trajectory id: it is
   * pseudonymous outside the OCMW. Never use the national register number here.
   */
  readonly dossierNr: string;
  /** The MIRIAM group the mother is referred to (a group id of miriam.config.json). */
  readonly miriamGroup: string;
  /** When and by whom she was referred: local Brussels time "YYYY-MM-DD HH:MM". */
  readonly referredAt: string;
  /** Dossio's code of the referring worker, e.g. "MW12". */
  readonly referredBy: string;
  /** She raises her children alone. */
  readonly singleMother: boolean;
  /** Dossio's codes of the OCMW services she uses: LL (living wage), GLL, AANV, SB, ANDER. */
  readonly services: readonly string[];
  readonly age?: number;
  readonly youngestChildAge?: number;
  /** The information talk: when, and her answer (JA, NEE, TWIJFEL). */
  readonly infoTalk?: { readonly at: string; readonly by: string; readonly answer: string };
  /** Her consent: when, and for what (VERWERKING, PARTNERS, ONDERZOEK, FOTO). */
  readonly consent?: {
    readonly at: string;
    readonly by: string;
    readonly scopes: readonly string[];
  };
  /** The file's closing: when, the outcome code and, for a drop-out, the reason code. */
  readonly closed?: {
    readonly at: string;
    readonly by: string;
    readonly outcome: string;
    readonly reason?: string;
  };
}

/** A line of a Dossio file's journal: a conversation held, or a right checked. */
export type DossioJournalRow =
  | {
      readonly rowId: number;
      readonly dossierNr: string;
      readonly kind: "GESPREK";
      readonly at: string;
      readonly worker: string;
      /** THUIS, KANTOOR, TELEFOON, VIDEO or BEGELEIDING (going with her to a service). */
      readonly place: string;
      readonly minutes: number;
      /** Dossio's theme codes, e.g. ["WON", "FIN"]. */
      readonly themes: readonly string[];
      /** The worker's free-text report. Never exported: it may name people. */
      readonly report?: string;
    }
  | {
      readonly rowId: number;
      readonly dossierNr: string;
      readonly kind: "RECHT";
      readonly at: string;
      readonly worker: string;
      /** Dossio's right code, e.g. "GROEIPAKKET". */
      readonly right: string;
      /** NAGAAN, NVT, RECHT, AANGEVRAAGD, TOEGEKEND or GEWEIGERD. */
      readonly status: string;
    };
