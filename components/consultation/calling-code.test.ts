import { describe, expect, it } from "vitest";
import { countryOfTypedCode } from "./calling-code";

describe("the calling code of a number typed with +", () => {
  it("is the number's country, whatever country was chosen", () => {
    expect(countryOfTypedCode("+44 20 7946 0958", "UA")).toBe("GB");
    expect(countryOfTypedCode("+380 67 123 4567", "DE")).toBe("UA");
  });

  it("is the code's main country while a shared code is incomplete, unless the chosen country has that code", () => {
    expect(countryOfTypedCode("+7", "UA")).toBe("RU");
    expect(countryOfTypedCode("+7", "KZ")).toBe("KZ");
    expect(countryOfTypedCode("+1", "CA")).toBe("CA");
    expect(countryOfTypedCode("+44")).toBe("GB");
  });

  it("is none for a number typed without + or before a whole code", () => {
    expect(countryOfTypedCode("067 123 4567", "UA")).toBeUndefined();
    expect(countryOfTypedCode("+", "UA")).toBeUndefined();
    expect(countryOfTypedCode("", "UA")).toBeUndefined();
  });
});
