import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type * as DomainSetTypes from "./generated/domain-set";
import type * as EligibilityFactsTypes from "./generated/eligibility-facts";
import type * as EligibilityRulesTypes from "./generated/eligibility-rules";
import type * as EventTypes from "./generated/event";
import type * as FunderReportTypes from "./generated/funder-report";
import type * as GroupEventTypes from "./generated/group-event";
import type * as InstrumentTypes from "./generated/instrument-definition";
import type * as ProfileTypes from "./generated/participant-profile";
import type * as SettingsTypes from "./generated/project-settings";
import type * as TrajectoryEventTypes from "./generated/trajectory-event";
import type { schemas } from "./registry";

type Input<K extends keyof typeof schemas> = z.input<(typeof schemas)[K]>;

// The published .d.ts files are generated from the JSON Schemas, which are generated
// from zod: these tests fail when the two paths give different types.
describe("types generated from the JSON Schemas equal the zod input types", () => {
  test("event", () => {
    expectTypeOf<EventTypes.MIRIAMEvent>().toEqualTypeOf<Input<"event">>();
  });
  test("trajectory-event", () => {
    expectTypeOf<TrajectoryEventTypes.TrajectoryEvent>().toEqualTypeOf<Input<"trajectory-event">>();
  });
  test("group-event", () => {
    expectTypeOf<GroupEventTypes.GroupEvent>().toEqualTypeOf<Input<"group-event">>();
  });
  test("participant-profile", () => {
    expectTypeOf<ProfileTypes.ParticipantProfile>().toEqualTypeOf<Input<"participant-profile">>();
  });
  test("project-settings", () => {
    expectTypeOf<SettingsTypes.ProjectSettings>().toEqualTypeOf<Input<"project-settings">>();
  });
  test("domain-set", () => {
    expectTypeOf<DomainSetTypes.DomainSet>().toEqualTypeOf<Input<"domain-set">>();
  });
  test("eligibility-rules", () => {
    expectTypeOf<EligibilityRulesTypes.EligibilityRules>().toEqualTypeOf<
      Input<"eligibility-rules">
    >();
  });
  test("eligibility-facts", () => {
    expectTypeOf<EligibilityFactsTypes.EligibilityFacts>().toEqualTypeOf<
      Input<"eligibility-facts">
    >();
  });
  test("instrument-definition", () => {
    expectTypeOf<InstrumentTypes.InstrumentDefinition>().toEqualTypeOf<
      Input<"instrument-definition">
    >();
  });
  test("funder-report", () => {
    expectTypeOf<FunderReportTypes.MIRIAMFunderReport>().toEqualTypeOf<Input<"funder-report">>();
  });
});
