import { describe, expect, it } from "vitest";
import { cleanFileName, MAX_FILE_NAME_LENGTH } from "./file-name";
import { extensionMatchesType } from "./file-type";

describe("cleanFileName", () => {
  it("keeps an ordinary name in any script as it is", () => {
    expect(cleanFileName("MRI report.pdf")).toBe("MRI report.pdf");
    expect(cleanFileName("выписка из истории.pdf")).toBe("выписка из истории.pdf");
    expect(cleanFileName("تقرير الأشعة.jpg")).toBe("تقرير الأشعة.jpg");
  });

  it("keeps the name only, without a path", () => {
    expect(cleanFileName("C:\\Users\\olena\\scan.jpg")).toBe("scan.jpg");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
  });

  it("strips control characters and falls back to a neutral name when nothing is left", () => {
    expect(cleanFileName("scan\u0000\u0007\n.jpg")).toBe("scan.jpg");
    expect(cleanFileName("scan\u0085.jpg")).toBe("scan.jpg");
    expect(cleanFileName("\u0000 ")).toBe("file");
    expect(cleanFileName(undefined)).toBe("file");
  });

  it("strips bidi controls, so a name cannot show a different extension than it has", () => {
    // "report\u202Efdp.exe" displays as "reportexe.pdf".
    expect(cleanFileName("report\u202Efdp.exe")).toBe("reportfdp.exe");
    const controls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
    const marks = ["\u200E", "\u200F", "\u061C"];
    for (const control of [...controls, ...marks]) expect(cleanFileName(`scan${control}.jpg`)).toBe("scan.jpg");
  });

  it("normalises to NFC, so the same name typed on two systems is stored the same", () => {
    const decomposed = "Befund Mu\u0308ller.pdf"; // macOS file names arrive decomposed
    expect(cleanFileName(decomposed)).toBe("Befund Müller.pdf");
    expect(cleanFileName(decomposed)).toBe(cleanFileName("Befund Müller.pdf"));
  });

  it("cuts a long name to the limit and keeps its extension", () => {
    const cut = cleanFileName(`${"a".repeat(496)}.pdf`);
    expect(cut).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(cut).toBe(`${"a".repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`);
    expect(extensionMatchesType(cut, "pdf")).toBe(true);
  });

  it("cuts between characters, never inside one", () => {
    expect(cleanFileName(`${"😀".repeat(300)}.jpeg`)).toBe(`${"😀".repeat(MAX_FILE_NAME_LENGTH - 5)}.jpeg`);
  });

  it("cuts a long name without an extension, or with an implausibly long one, at the limit", () => {
    expect(cleanFileName("b".repeat(500))).toBe("b".repeat(MAX_FILE_NAME_LENGTH));
    const longTail = cleanFileName(`scan.${"c".repeat(400)}`);
    expect(longTail).toBe(`scan.${"c".repeat(MAX_FILE_NAME_LENGTH - 5)}`);
  });
});
