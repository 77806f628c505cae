import { describe, expect, it } from "vitest";
import { clinicFiltersSchema } from "./clinic-filters";

describe("clinicFiltersSchema", () => {
  it("accepts a country code and a treatment slug", () => {
    expect(clinicFiltersSchema.parse({ country: "DE", treatment: "cryoablation" })).toEqual({
      country: "DE",
      treatment: "cryoablation",
    });
  });

  it("drops malformed or empty values instead of failing", () => {
    expect(clinicFiltersSchema.parse({ country: "Germany'--", treatment: "" })).toEqual({});
    expect(clinicFiltersSchema.parse({ country: ["IT", "DE"] })).toEqual({ country: "IT" });
  });
});
