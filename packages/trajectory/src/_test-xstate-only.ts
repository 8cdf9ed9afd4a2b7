import { afterAll, expect } from "vitest";
import { fastPathCounts, setFastPath } from "./_transition";

// Setup file of the vitest project `trajectory-xstate-only` (root vitest.config.ts): the
// package's tests run a second time with the replay's fast path off, so the fallback
// through XState's own macrostep is tested by the same expectations as the fast path.
setFastPath(false);

// A test file that switched it back on would test the fast path twice and the fallback
// never: each file must end without a single fast-path hit.
afterAll(() => {
  expect(fastPathCounts().hits).toBe(0);
});
