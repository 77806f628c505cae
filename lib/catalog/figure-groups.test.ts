import { describe, expect, it } from "vitest";
import { groupFiguresBySource } from "./figure-groups";

const abstract = { key: "abstract", title: "TACE in 60 patients", publisher: "Abstract", kind: "study_abstract", year: null, url: null };
const clinicPage = { key: "clinic", title: "Liver metastases", publisher: "A clinic", kind: "provider_page", year: null, url: null };

const figure = (key: string, source: typeof abstract, population: string) => ({
  key,
  value: 1,
  valueMax: null,
  unit: "PERCENT",
  upTo: false,
  label: `label ${key}`,
  population,
  source,
});

describe("groupFiguresBySource", () => {
  it("puts figures under their source, in the order the sources first appear", () => {
    const groups = groupFiguresBySource([
      figure("a", abstract, "60 patients"),
      figure("b", clinicPage, "selected patients"),
      figure("c", abstract, "60 patients"),
    ]);
    expect(groups.map((group) => [group.source.key, group.figures.map((f) => f.key)])).toEqual([
      ["abstract", ["a", "c"]],
      ["clinic", ["b"]],
    ]);
  });

  it("states a population shared by every figure of a source once, for the group", () => {
    const [group] = groupFiguresBySource([figure("a", abstract, "60 patients"), figure("c", abstract, "60 patients")]);
    expect(group!.population).toBe("60 patients");
    expect(group!.figures.map((f) => f.population)).toEqual([null, null]);
  });

  it("keeps each figure's own population when the figures of a source differ", () => {
    const [group] = groupFiguresBySource([figure("a", abstract, "all 60"), figure("c", abstract, "the 49 who responded")]);
    expect(group!.population).toBeNull();
    expect(group!.figures.map((f) => f.population)).toEqual(["all 60", "the 49 who responded"]);
  });

  it("has no groups without figures", () => {
    expect(groupFiguresBySource([])).toEqual([]);
  });
});
