import { describe, expect, it } from "vitest";
import catalog from "@/prisma/content/catalog.json";
import { treatmentFamily } from "./treatment-family";

describe("treatment families", () => {
  it("give every treatment of the catalog an illustration", () => {
    const withoutFamily = catalog.treatments.filter((treatment) => !treatmentFamily(treatment.slug));
    expect(withoutFamily.map((treatment) => treatment.slug)).toEqual([]);
  });

  it("group TACE with Y-90 and chemotherapy with immunotherapy", () => {
    expect(treatmentFamily("tace-chemoembolization")).toBe(treatmentFamily("y90-radioembolization"));
    expect(treatmentFamily("chemotherapy")).toBe(treatmentFamily("immunotherapy"));
    expect(treatmentFamily("no-such-treatment")).toBeUndefined();
  });
});
