import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, signedInCaseManager, type TestApp } from "./harness";

// A topic she proposed on paper (issue #20): her case manager types it in, and it waits
// for confirmation like one sent from her page. Answers are given next to the proposal,
// so the page offers no button for an answer on its own.

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
});
