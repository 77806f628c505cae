import { describe, expect, it } from "vitest";
import { generateReference, normalizeReference, referencePattern } from "./reference";

describe("lead references", () => {
  it("look like CP-XXXX-XXXX without ambiguous characters", () => {
    for (let i = 0; i < 500; i += 1) {
      const reference = generateReference();
      expect(reference).toMatch(referencePattern);
      expect(reference.slice(3)).not.toMatch(/[01OILU]/);
    }
  });

  it("are random enough not to repeat in practice", () => {
    const references = new Set(Array.from({ length: 10_000 }, generateReference));
    expect(references.size).toBe(10_000);
  });

  it("normalizes what a person types", () => {
    expect(normalizeReference("cp 7k3q 9x2m")).toBe("CP-7K3Q-9X2M");
    expect(normalizeReference("7K3Q-9X2M")).toBe("CP-7K3Q-9X2M");
    expect(normalizeReference("CP-7K3Q-9X2")).toBeNull();
    expect(normalizeReference("CP-0K3Q-9X2M")).toBeNull();
  });
});
