import { describe, expect, it } from "vitest";
import { requirementTitle } from "./requirement-titles";
import { requirements } from "./requirements";

describe("requirement titles", () => {
  it.each(["nl", "fr", "de"] as const)(
    "give every requirement its own title in %s, never the English one",
    (language) => {
      // A name that is the same in every language (JSON Lines) is not an omission.
      const sameEverywhere = new Set(["MIR-SCHEMA-001"]);
      const untranslated = requirements
        .filter((requirement) => requirementTitle(requirement.id, language) === requirement.title)
        .map((requirement) => requirement.id)
        .filter((id) => !sameEverywhere.has(id));
      expect(untranslated).toEqual([]);
    },
  );
});
