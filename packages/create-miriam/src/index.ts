/**
 * `npm create miriam`: sets up a new MIRIAM project. The command writes an OCMW / CPAS
 * project kit (`ocmw-project`: settings validated with `@miriam/schemas`, blank forms
 * from `@miriam/documents`, the region's rights catalogue, a group-session calendar,
 * empty event logs, a README for the year) or a software vendor's TypeScript starter
 * (`vendor-starter`). This entry point is the same scaffold for programs and tests.
 *
 * @packageDocumentation
 */

export type { CalendarOptions, SessionSchedule } from "./calendar";
export { groupSessionCalendar, sessionDates } from "./calendar";
export type { ScaffoldErrorCode } from "./errors";
export { ScaffoldError } from "./errors";
export { packageNameProblems, targetDirProblems, toPackageName } from "./names";
export type { PackageManager } from "./package-manager";
export { detectPackageManager } from "./package-manager";
export type { ProjectAnswers } from "./project-settings";
export { PROJECT_SCHEMA_PATH, projectSettings, slugify } from "./project-settings";
export type { ScaffoldOptions, ScaffoldResult, TemplateName } from "./scaffold";
export { scaffold, templateNames } from "./scaffold";
export type { EligibilityEdition, TargetGroup } from "./target-group";
export { targetGroupRules } from "./target-group";
