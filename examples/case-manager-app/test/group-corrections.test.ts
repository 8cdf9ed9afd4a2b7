import type { GroupEventOf } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, signedInCaseManager, type TestApp } from "./harness";

// Correcting and voiding the group's own entries through the app's forms: who may, what
// is refused (beside its field, nothing recorded) and what the group's log keeps.

const GROUP = "gent-2026-b";
type Session = GroupEventOf<"group-session.held">;

describe("group corrections in the app", () => {
  let t: TestApp;
  let lotte: Client;

  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const log = async () => (await t.kit.group(GROUP)).events;
  const sessions = async () =>
    (await log()).filter((e): e is Session => e.type === "group-session.held");
  /** The session form's fields as the correction form starts them. */
  const fieldsOf = (s: Session) => ({
    date: s.data.date,
    time: "09:30",
    minutes: String(s.data.minutes),
    topic: s.data.topic,
    kind: s.data.kind ?? "session",
    partner: "",
    attendees: s.data.attendees,
  });
  const send = (form: Record<string, string | readonly string[]>) =>
    lotte.request(`/groups/${GROUP}/corrections`, { method: "POST", form });

  it("lets only the worker who recorded a session open its correction", async () => {
    const [session] = await sessions();
    const griet = new Client(t.app);
    await griet.login("coordinator");
    expect((await griet.request(`/groups/${GROUP}/correct/${session!.id}`)).status).toBe(403);
    const camille = new Client(t.app);
    await camille.login("casemanager2");
    expect((await camille.request(`/groups/${GROUP}/void/${session!.id}`)).status).toBe(404);
    expect((await lotte.request(`/groups/${GROUP}/correct/${session!.id}`)).status).toBe(200);
    expect((await lotte.request(`/groups/${GROUP}/correct/no-such-event`)).status).toBe(404);
  });

  it("refuses a correction that changes nothing, a mother who could not attend, and no reason", async () => {
    const [session] = await sessions();
    const before = (await log()).length;
    const unchanged = await send({
      type: "group-event.corrected",
      target: session!.id,
      ...fieldsOf(session!),
      reason: "typing-error",
      confirm: "on",
    });
    expect(unchanged.status).toBe(422);
    expect(await unchanged.text()).toContain("Er is niets gewijzigd");

    // Elif's trajectory is closed: she cannot be added to a session of hers.
    const closed = "gent-2026-b-08";
    const refused = await send({
      type: "group-event.corrected",
      target: session!.id,
      ...fieldsOf(session!),
      attendees: [...session!.data.attendees, closed],
      topic: "Budget in beeld (2)",
    });
    const page = await refused.text();
    expect(refused.status).toBe(422);
    expect(page).toMatch(/id="e-attendees"[^<]*Elif Yilmaz/);
    expect(page).toContain('id="e-reason"');
    expect(page).toContain('id="e-confirm"');
    // What she typed comes back.
    expect(page).toContain('value="Budget in beeld (2)"');
    expect((await log()).length).toBe(before);
  });

  it("records a corrected topic and a void, each pointing at its original", async () => {
    const [first, second] = await sessions();
    const fixed = await send({
      type: "group-event.corrected",
      target: first!.id,
      id: `${GROUP}.fix-1`,
      ...fieldsOf(first!),
      topic: "Budget in beeld: de vaste kosten",
      reason: "typing-error",
      note: "Thema verkeerd",
      confirm: "on",
    });
    expect(fixed.status).toBe(303);
    const voided = await send({
      type: "group-event.voided",
      target: second!.id,
      reason: "recorded-twice",
      confirm: "on",
    });
    expect(voided.status).toBe(303);
    const amendments = (await log()).filter((e) => e.type.startsWith("group-event."));
    expect(amendments).toMatchObject([
      {
        id: `${GROUP}.fix-1`,
        type: "group-event.corrected",
        by: "cm-01",
        data: {
          eventId: first!.id,
          reason: "typing-error",
          note: "Thema verkeerd",
          // Only what changed.
          corrected: { data: { topic: "Budget in beeld: de vaste kosten" } },
        },
      },
      { type: "group-event.voided", data: { eventId: second!.id, reason: "recorded-twice" } },
    ]);
    // The originals stay in the log.
    expect((await sessions()).map((s) => s.id)).toContain(second!.id);
    const page = await (await lotte.request(`/groups/${GROUP}`)).text();
    expect(page).toContain(`<tr id="ev-${second!.id}" class="voided">`);
    // A voided session cannot be voided or corrected again.
    expect((await lotte.request(`/groups/${GROUP}/void/${second!.id}`)).status).toBe(404);
  });

  it("corrects and voids a topic the group chose", async () => {
    await lotte.request(`/groups/${GROUP}/topics`, { method: "POST", form: { topic: "Wonnen" } });
    const chosen = (await log()).find((e) => e.type === "group-topic.chosen")!;
    const form = await (await lotte.request(`/groups/${GROUP}/correct/${chosen.id}`)).text();
    expect(form).toContain('value="Wonnen"');
    const fixed = await send({
      type: "group-event.corrected",
      target: chosen.id,
      topic: "Wonen",
      reason: "typing-error",
      confirm: "on",
    });
    expect(fixed.status).toBe(303);
    const page = await (await lotte.request(`/groups/${GROUP}`)).text();
    expect(page).toMatch(/<li id="ev-[^"]+">Wonen<br><del class="original">Wonnen<\/del>/);
  });
});
