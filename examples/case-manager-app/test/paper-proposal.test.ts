import { herView, proposalsIn } from "@miriam/evaluation";
import { replayHistory } from "@miriam/trajectory";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, signedInCaseManager, type TestApp } from "./harness";

// What she proposed on paper (issue #20), a topic or a step she did: her case manager
// types it in, and it waits for confirmation like one sent from her page. Answers are
// given next to the proposal, so the page offers no button for an answer on its own.

describe("a proposal made on paper", () => {
  let t: TestApp;
  let lotte: Client;
  const id = "gent-2026-b-05";

  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const pageOf = async () => (await lotte.request(`/participants/${id}`)).text();

  it("is recorded from its form and waits on her page for an answer", async () => {
    const before = await pageOf();
    expect(before).toContain(`/participants/${id}/record/proposal.made`);
    expect(before).not.toContain("/record/proposal.confirmed");
    expect(before).not.toContain("/record/proposal.declined");
    const form = await lotte.request(`/participants/${id}/record/proposal.made`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="topic"');

    const sent = await lotte.request(`/participants/${id}/events`, {
      method: "POST",
      form: { type: "proposal.made", when: "2026-11-19T10:00", topic: "Budget voor de zomer" },
    });
    expect(sent.status).toBe(303);
    const { body } = await lotte.json<{
      events: { type: string; data: Record<string, unknown> }[];
    }>(`/api/trajectories/${id}`);
    expect(body.events.at(-1)).toMatchObject({
      type: "proposal.made",
      data: { kind: "group-topic", topic: "Budget voor de zomer", via: "paper" },
    });
    expect(await pageOf()).toContain("Budget voor de zomer");
  });

  // Sofie's plan (seed): g1 "Een budgetoverzicht maken", g2 "Naar de groepssessies komen".
  const replayed = async () => replayHistory((await t.kit.load(id, true))!.events);
  const stepOptions = async () => {
    const form = await (await lotte.request(`/participants/${id}/record/proposal.made`)).text();
    return [...form.matchAll(/<option value="(g\d+#\d+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
  };
  const sendStep = (step: string) =>
    lotte.request(`/participants/${id}/events`, {
      method: "POST",
      form: { type: "proposal.made", when: "2026-11-19T11:00", kind: "step-done", step },
    });
  const answer = (proposalId: string, verb: "confirm" | "decline") =>
    lotte.request(`/participants/${id}/proposals/${proposalId}/${verb}`, { method: "POST" });

  it("offers the steps of her open goals, in the words agreed with her", async () => {
    expect(await stepOptions()).toEqual([
      ["g1#0", "Een budgetoverzicht maken (Ik wil mijn facturen op tijd betalen.)"],
      ["g2#0", "Naar de groepssessies komen (Ik wil andere moeders leren kennen.)"],
    ]);
  });

  it("records a step she marked done, which waits for an answer and changes nothing yet", async () => {
    expect((await sendStep("g1#0")).status).toBe(303);
    const history = await replayed();
    const made = proposalsIn(history).at(-1)!;
    expect(made).toMatchObject({
      via: "paper",
      status: "waiting",
      proposal: { kind: "step-done", goalId: "g1", step: 0 },
    });
    expect(herView(history).goals[0]!.steps[0]).toMatchObject({ done: false, waiting: true });
    const waiting = (await pageOf()).match(/<ul class="proposals">[\s\S]*?<\/ul>/)?.[0] ?? "";
    expect(waiting).toContain(
      "Stap gedaan: Een budgetoverzicht maken (Ik wil mijn facturen op tijd betalen.)",
    );
    expect(waiting).toContain(`/proposals/${made.id}/confirm`);
    // A step already waiting is not offered a second time.
    expect((await stepOptions()).map(([value]) => value)).toEqual(["g2#0"]);
  });

  it("marks the step done in the replay once her case manager confirms it", async () => {
    const made = proposalsIn(await replayed()).at(-1)!;
    expect((await answer(made.id, "confirm")).status).toBe(303);
    const view = herView(await replayed());
    expect(view.goals[0]!.steps[0]).toMatchObject({ done: true, waiting: false });
    expect(view.stepsTaken.done).toBe(1);
  });

  it("keeps what she proposed when her case manager declines it, and offers the step again", async () => {
    expect((await sendStep("g2#0")).status).toBe(303);
    const made = proposalsIn(await replayed()).at(-1)!;
    expect((await answer(made.id, "decline")).status).toBe(303);
    const history = await replayed();
    expect(proposalsIn(history).find((p) => p.id === made.id)).toMatchObject({
      status: "declined",
      via: "paper",
      proposal: { kind: "step-done", goalId: "g2", step: 0 },
    });
    expect(herView(history).goals[1]!.steps[0]).toMatchObject({ done: false, waiting: false });
    expect((await stepOptions()).map(([value]) => value)).toEqual(["g2#0"]);
  });

  it("sends the form back with what was typed and the error beside the step when no step is chosen", async () => {
    const before = (await t.kit.load(id))!.version;
    const sent = await lotte.request(`/participants/${id}/events`, {
      method: "POST",
      form: {
        type: "proposal.made",
        when: "2026-11-19T12:00",
        kind: "step-done",
        step: "",
        topic: "Nog iets",
      },
    });
    expect(sent.status).toBe(422);
    const form = await sent.text();
    expect(form).toMatch(/<option value="step-done" selected>/);
    expect(form).toContain('value="Nog iets"');
    expect(form).toMatch(/id="f-step"[^>]*aria-invalid="true"/);
    expect((await t.kit.load(id))!.version).toBe(before);
  });
});
