import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { run as miriam } from "@miriam/cli";
import { dropOutReasons, stepOwners } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Client, signedInCaseManager, type TestApp, TODAY } from "./harness";

// A step owner and a drop-out reason added to the vocabularies of @miriam/schemas, and
// nowhere else, reach every view: the app's forms, its timeline and its report, the
// documents, and the `miriam` command (validate, render, report). The vocabulary modules
// are replaced where @miriam/schemas defines them, so the event schemas built from them
// accept the new codes too, as they would after a real edit of the vocabulary.
vi.mock("../../../packages/schemas/src/vocabulary/roles", async (importOriginal) => {
  const roles =
    await importOriginal<typeof import("../../../packages/schemas/src/vocabulary/roles")>();
  const { withTerm } = await import("./fixtures/mocked-modules");
  const neighbour = {
    code: "neighbour",
    labels: { nl: "de buurvrouw", fr: "la voisine", de: "die Nachbarin", en: "the neighbour" },
    forHer: { nl: "je buurvrouw", fr: "votre voisine", de: "Ihre Nachbarin", en: "your neighbour" },
  };
  return { ...roles, stepOwners: withTerm(roles.stepOwners, neighbour) };
});
vi.mock("../../../packages/schemas/src/vocabulary/statuses", async (importOriginal) => {
  const statuses =
    await importOriginal<typeof import("../../../packages/schemas/src/vocabulary/statuses")>();
  const { withTerm } = await import("./fixtures/mocked-modules");
  const reason = {
    code: "test-reason",
    labels: { nl: "testreden", fr: "raison de test", de: "Testgrund", en: "test reason" },
  };
  const dropOutReasons = withTerm(statuses.dropOutReasons, reason);
  // closingReasons reads the module's own binding, which a real edit of the list changes
  // too; the mock replaces the export only, so it is given the same list here.
  const closingReasons = (outcome: string) =>
    outcome === "dropped-out" ? dropOutReasons : statuses.closingReasons(outcome);
  return { ...statuses, dropOutReasons, closingReasons };
});
// The app renders documents in a worker thread, which loads the real module graph; here
// the render runs in this thread, where the vocabularies above are seen.
vi.mock("../src/web/off-thread", async (importOriginal) =>
  (await import("./fixtures/mocked-modules")).renderingInThisThread(await importOriginal()),
);

it("the vocabularies are the replaced ones", () => {
  expect(stepOwners.has("neighbour")).toBe(true);
  expect(dropOutReasons.has("test-reason")).toBe(true);
});

describe("a step owner and a drop-out reason added to the vocabulary, in the app", () => {
  let t: TestApp;
  let lotte: Client;
  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("is a choice of the goal form, is recorded, and is printed in her plan in her words", async () => {
    const her = "/participants/gent-2026-b-06";
    const form = await (await lotte.request(`${her}/record/goal.added`)).text();
    expect(form).toMatch(/<option value="neighbour"[^>]*>de buurvrouw<\/option>/);
    const recorded = await lotte.request(`${her}/events`, {
      method: "POST",
      form: {
        type: "goal.added",
        when: `${TODAY}T09:30`,
        "g-domain": "housing",
        "g-description": "Ik wil een grotere woning.",
        "g-step": "Samen de advertenties lezen",
        "g-who": "neighbour",
      },
    });
    expect(recorded.status).toBe(303);
    const plan = await lotte.request(`${her}/documents/personal-plan`);
    expect(plan.status).toBe(200);
    // The plan speaks to her: the owner's words for her, from the vocabulary.
    expect(await plan.text()).toContain("je buurvrouw");
  });

  it("is a reason of the closing form, is recorded, and is counted in the group report", async () => {
    const her = "/participants/gent-2026-b-05";
    const form = await (
      await lotte.request(`${her}/record/trajectory.closed?outcome=dropped-out`)
    ).text();
    expect(form).toMatch(/<option value="test-reason"[^>]*>testreden<\/option>/);
    const closed = await lotte.request(`${her}/events`, {
      method: "POST",
      form: {
        type: "trajectory.closed",
        when: `${TODAY}T09:45`,
        outcome: "dropped-out",
        reason: "test-reason",
      },
    });
    expect(closed.status).toBe(303);
    expect(await (await lotte.request(her)).text()).toContain("testreden");
    const report = await (await lotte.request("/groups/gent-2026-b/report")).text();
    expect(report).toMatch(/<th scope="row">testreden<\/th>/);
  });
});

describe("a step owner and a drop-out reason added to the vocabulary, in the miriam command", () => {
  const dir = mkdtempSync(join(tmpdir(), "miriam-vocabulary-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: readonly string[]) {
    let output = "";
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        output += chunk;
        callback();
      },
    });
    const code = await miriam(args, {
      cwd: dir,
      stdout: sink,
      stderr: sink,
      env: { NO_COLOR: "1" },
    });
    return { code, output };
  }

  it("validates, renders and reports an export that uses them", async () => {
    expect((await run(["demo", "demo"])).code).toBe(0);
    // The example cohort's export, with one step and one drop-out given the new codes.
    const file = join(dir, "demo/export/trajectories.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    const step = lines.findIndex((line) => line.includes('"who":"together"'));
    const dropOut = lines.findIndex((line) =>
      /"outcome":"dropped-out","reason":"[a-z-]+"/.test(line),
    );
    expect(step).toBeGreaterThanOrEqual(0);
    expect(dropOut).toBeGreaterThanOrEqual(0);
    lines[step] = lines[step]!.replace('"who":"together"', '"who":"neighbour"');
    lines[dropOut] = lines[dropOut]!.replace(/"reason":"[a-z-]+"/, '"reason":"test-reason"');
    writeFileSync(file, lines.join("\n"));

    const validated = await run(["validate", "demo/export"]);
    expect(validated.code, validated.output).toBe(0);

    const trajectoryId = JSON.parse(lines[step]!).trajectoryId as string;
    const rendered = await run([
      "render",
      "personal-plan",
      "--from",
      "demo/export",
      "--trajectory",
      trajectoryId,
      "--lang",
      "en",
    ]);
    expect(rendered.code, rendered.output).toBe(0);
    expect(rendered.output).toContain("your neighbour");

    const reported = await run(["report", "demo/export", "--lang", "en"]);
    expect(reported.code, reported.output).toBe(0);
    expect(reported.output).toContain("test reason");
  });
});
