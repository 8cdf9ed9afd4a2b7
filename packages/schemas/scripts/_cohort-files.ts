// The example cohort as files: what a vendor's export of one group looks like.
export function exampleCohortFiles(): Map<string, string> {
  return new Map();
}
