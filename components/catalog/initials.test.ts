import { describe, expect, it } from "vitest";
import { initials } from "./initials";

describe("initials", () => {
  it("takes the first letters of the first and last word of a Latin name", () => {
    expect(initials("Selin Aksungur")).toBe("SA");
    expect(initials("Friederike Anna Lanzinger")).toBe("FL");
    expect(initials("ha-eun jeon")).toBe("HJ");
  });

  it("reads Cyrillic names, capitalised", () => {
    expect(initials("Артём Заречный")).toBe("АЗ");
    expect(initials("ёлка зелёная")).toBe("ЁЗ");
  });

  it("keeps Arabic initials as separate letters, after the article", () => {
    expect(initials("سيلين أكسونغور")).toBe("س\u200Cأ");
    expect(initials("مركز فيلوريا للكبد والقنوات الصفراوية")).toBe("م\u200Cص");
  });

  it("takes one letter from a one-word name", () => {
    expect(initials("Veloria")).toBe("V");
    expect(initials("  ميلاد  ")).toBe("م");
  });

  it("takes a clinic's own name from the quotes around it", () => {
    expect(initials("Гепатобилиарный центр «Велория»")).toBe("В");
    expect(initials("Клиника онкологии печени «Светлодол»")).toBe("С");
  });

  it("skips titles and marks that are not letters", () => {
    expect(initials("Prof. Dr. Hans Müller")).toBe("HM");
    expect(initials("Vera — Lugovskaya")).toBe("VL");
    expect(initials("Ẹmeka Obi")).toBe("ẸO");
  });

  it("gives nothing for a name without letters", () => {
    expect(initials("")).toBe("");
    expect(initials("  — 42 ")).toBe("");
  });
});
