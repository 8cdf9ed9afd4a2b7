import { expectTypeOf, test } from "vitest";
import { defineMessages, type MessageKey, personalPlan, render } from "./index";

test("a message without all four languages does not compile", () => {
  defineMessages({
    // @ts-expect-error: "en" is missing
    title: { nl: "Titel", fr: "Titre", de: "Titel" },
  });
});

test("override keys are typed", () => {
  expectTypeOf<"consent.intro">().toExtend<MessageKey>();
  expectTypeOf<"common.confidential">().toExtend<MessageKey>();
  expectTypeOf<"consent.nope">().not.toExtend<MessageKey>();
  const settings = {
    id: "p",
    ocmw: { name: "OCMW" },
    region: "flanders" as const,
    languages: ["nl" as const],
    groups: [],
  };
  render(
    personalPlan,
    { participant: { givenName: "A" }, goals: [] },
    {
      settings,
      overrides: { "personal-plan.intro": "Hallo {name}", "common.yes": { fr: "oui" } },
    },
  );
  render(
    personalPlan,
    { participant: { givenName: "A" }, goals: [] },
    {
      settings,
      // @ts-expect-error: no such key in the personal plan
      overrides: { "personal-plan.nope": "x" },
    },
  );
});
