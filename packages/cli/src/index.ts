/**
 * The `miriam` command of the MIRIAM kit: validate event logs and records, replay
 * trajectories, write the group and funder reports, render documents, draw the
 * statechart, run a demo, and check a vendor's export for conformance. The package's
 * entry point exports {@link run}, to embed the command or test it without a process.
 *
 * @packageDocumentation
 */

export type { CliIo } from "./_io";
export { EXIT } from "./_io";
export { run } from "./run";
