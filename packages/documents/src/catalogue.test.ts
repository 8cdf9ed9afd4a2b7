import { documentTitles, exampleCohort, type TrajectoryEvent } from "@miriam/schemas";
import { isPaused } from "@miriam/trajectory";
import { describe, expect, it } from "vitest";
import { builtInDocuments, defineDocument, documentCatalogue, trajectorySource } from "./catalogue";
import { contactLogFromEvents, personalPlanFromEvents, rightsCheckFromEvents } from "./from-events";
import { render } from "./render";
import { informationSheet } from "./templates/information-sheet";

const { settings, profiles, trajectoryEvents, groupEvents } = exampleCohort();
const eventsOf = (id: string) => trajectoryEvents.filter((event) => event.trajectoryId === id);

describe("the document catalogue", () => {
  it("has one entry per document of the vocabulary, in its order and by its name", () => {
    expect(documentCatalogue.map((entry) => entry.id)).toEqual([...documentTitles.codes]);
    for (const entry of documentCatalogue) {
      expect(entry.template.id).toBe(entry.id);
      expect(entry.title).toEqual(documentTitles.terms.find((t) => t.code === entry.id)?.labels);
    }
  });

  it("names a blank form for exactly the templates that print blank", () => {
    for (const entry of documentCatalogue)
      expect(entry.blankForm !== undefined, entry.id).toBe(entry.template.blank !== undefined);
  });

  it("takes a project's own documents next to the kit's, defined the same way", () => {
    const own = defineDocument({
      template: { ...informationSheet, id: "own-leaflet" },
      title: { nl: "Folder", fr: "Dépliant", de: "Faltblatt", en: "Leaflet" },
      scope: "project",
      data: () => ({ givenName: "Samira" }),
    });
    const catalogue = [...documentCatalogue, own];
    const found = catalogue.find((entry) => entry.id === "own-leaflet");
    expect(found?.scope).toBe("project");
    if (found?.scope !== "project") return;
    const { markdown } = render(found.template, found.data({ settings }), { settings });
    expect(markdown).toContain("Samira");
    expect(own.ready(trajectorySource({ profile: profiles[0]!, events: [] }).history.state)).toBe(
      true,
    );
  });
});

describe("her documents, read from her replayed state", () => {
  const profile = profiles.find((p) => eventsOf(p.trajectoryId).length > 20)!;
  const own = eventsOf(profile.trajectoryId);

  it("leave out an event that the replay refuses", () => {
    // A contact before her referral: the hard rules refuse it.
    const early: TrajectoryEvent = {
      ...own.find((event) => event.type === "contact.held")!,
      id: "early-contact",
      at: "2025-01-02T10:00:00+01:00",
    };
    const events = [early, ...own];
    const source = trajectorySource({ settings, profile, events });
    expect(source.history.refused.map((r) => r.eventId)).toEqual(["early-contact"]);
    const log = builtInDocuments["contact-log"].data(source);
    expect(log.contacts).toHaveLength(source.history.state.context.individual.contactsAt.length);
    expect(log.contacts.map((contact) => contact.at)).not.toContain(early.at);
    expect(contactLogFromEvents({ profile, events })).toEqual(log);
  });

  it("go by the replay's canonical order: the latest right.updated in time is printed, as in her state", () => {
    // Her log without its closing: her trajectory runs, so rights can still change.
    const running = profile;
    const events = own.filter((event) => event.type !== "trajectory.closed");
    const { state } = trajectorySource({ profile, events }).history;
    expect(state.context.milestones.closing).toBeNull();
    expect(isPaused(state)).toBe(false);
    const base = events.find((event) => event.type === "right.updated")!;
    const update = (id: string, at: string, status: "granted" | "refused"): TrajectoryEvent => ({
      ...base,
      id,
      at,
      type: "right.updated",
      data: { right: "study-grant", status },
    });
    const last = events.at(-1)!.at.slice(0, 10);
    // Logged first but later in time, then logged last but earlier in time.
    const logged = [
      ...events,
      update("late", `${last}T16:00:00+01:00`, "granted"),
      update("early", `${last}T15:00:00+01:00`, "refused"),
    ];
    const source = trajectorySource({ settings, profile: running, events: logged });
    expect(source.history.refused).toEqual([]);
    const check = builtInDocuments["rights-check"].data(source);
    const studyGrant = check.rights.find((entry) => entry.right === "study-grant");
    expect(studyGrant?.status).toBe(source.history.state.context.individual.rights["study-grant"]);
    expect(studyGrant?.status).toBe("granted");
    expect(rightsCheckFromEvents({ profile: running, events: logged })).toEqual(check);
  });

  it("are ready exactly when her state has what they are made from", () => {
    const start = own.slice(0, 3); // referral, information talk, consent
    const source = trajectorySource({ settings, profile, events: start });
    const plan = builtInDocuments["personal-plan"];
    expect(plan.ready(source.history.state)).toBe(false);
    expect(() => plan.data(source)).toThrow(
      `Trajectory "${profile.trajectoryId}" has no plan.agreed event yet.`,
    );
    expect(() => plan.data(source)).not.toThrow(profile.familyName);
    const full = trajectorySource({ settings, profile, events: own, groupEvents });
    expect(plan.ready(full.history.state)).toBe(true);
    expect(plan.data(full)).toEqual(personalPlanFromEvents({ profile, events: own }));
    expect(render(plan.template, plan.data(full), { settings }).markdown).toContain(
      profile.givenName,
    );
  });

  it("count at her mid-term review only the sessions of her own group held by then", () => {
    const reviewed = profiles.find((p) =>
      eventsOf(p.trajectoryId).some((event) => event.type === "review.held"),
    );
    expect(reviewed).toBeDefined();
    if (reviewed === undefined) return;
    const events = eventsOf(reviewed.trajectoryId);
    const review = events.find((event) => event.type === "review.held")!;
    // A session of another group, before her review: not hers to count.
    const other = groupEvents.find((event) => event.type === "group-session.held")!;
    const foreign = { ...other, id: "other-group.001", groupId: "other-group" };
    const source = trajectorySource({
      settings,
      profile: reviewed,
      events,
      groupEvents: [...groupEvents, foreign],
    });
    const data = builtInDocuments["mid-term-review"].data(source);
    const own = groupEvents.filter(
      (event) =>
        event.type === "group-session.held" && Date.parse(event.at) < Date.parse(review.at),
    );
    expect(data.sessionsHeld).toBe(own.length);
    expect(data.sessionsAttended).toBeLessThanOrEqual(own.length);
  });
});
