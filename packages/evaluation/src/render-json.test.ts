import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/example-input";
import { funderReport } from "./funder-report";
import { toJson } from "./render-json";
import { reportTables } from "./report-tables";

const model = reportTables(funderReport(exampleInput()));

describe("toJson", () => {
  it("writes the tables with their labels in one language and typed cells", () => {
    const json = JSON.parse(toJson(model, { language: "fr" }));
    expect(json).toMatchObject({
      kind: "miriam-report-tables",
      formatVersion: 1,
      language: "fr",
      report: "funder",
      title: "Rapport MIRIAM pour le pouvoir subsidiant",
    });
    const participation = json.tables.find(
      (t: { id: string; scope: { id: string } }) =>
        t.id === "participation" && t.scope.id === "programme",
    );
    expect(participation.scope.label).toBe("Programme");
    expect(participation.columns).toEqual([{ id: "value", label: "valeur" }]);
    expect(participation.rows[0]).toEqual({
      id: "referred",
      label: "orientées",
      cells: [{ kind: "suppressed", reason: "small-cell" }],
    });
    expect(participation.rows[3].cells).toEqual([{ kind: "count", value: 14 }]);
    expect(json.footnotes[0]).toMatchObject({ id: "small-cell", marker: "†", shown: "masqué" });
  });

  it("writes an array for several reports", () => {
    const json = JSON.parse(toJson([model, model], { language: "de" }));
    expect(json).toHaveLength(2);
    expect(json[1].title).toBe("MIRIAM-Bericht für den Zuschussgeber");
  });
});
