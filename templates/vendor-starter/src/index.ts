export type { MappedDossier, SkippedRecord } from "./adapter.js";
export {
  mapDossier,
  PLACE_TO_MODE,
  RIGHT_TO_RIGHT,
  STATUS_TO_STATUS,
  THEME_TO_DOMAIN,
} from "./adapter.js";
export { brusselsTimestamp } from "./brussels-time.js";
export type { DossioDossier, DossioJournalRow } from "./dossio.js";
export type { MiriamExport } from "./export.js";
export { writeMiriamExport } from "./export.js";
