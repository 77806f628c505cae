import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it("leaves plain text, numbers and other scripts as they are", () => {
    expect(csvCell("Olena Kovalenko")).toBe("Olena Kovalenko");
    expect(csvCell("Ольга Ковальчук")).toBe("Ольга Ковальчук");
    expect(csvCell("فاطمة الزهراء")).toBe("فاطمة الزهراء");
    expect(csvCell(42)).toBe("42");
  });

  it("writes nothing for a missing value and ISO 8601 for a date", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-11-23T10:00:00Z"))).toBe("2026-11-23T10:00:00.000Z");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell("Kovalenko, Olena")).toBe('"Kovalenko, Olena"');
    expect(csvCell('the "Lviv" clinic')).toBe('"the ""Lviv"" clinic"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it("quotes semicolons, so a spreadsheet whose list separator is \";\" keeps the cell whole", () => {
    expect(csvCell("Kyiv; Lviv")).toBe('"Kyiv; Lviv"');
    expect(csvCell("=1;2")).toBe("\"'=1;2\"");
  });

  it("defuses anything a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.example\",\"click\")")).toBe("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    expect(csvCell("+4915112345678")).toBe("'+4915112345678");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe("\"'\r=1+1\"");
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("csvRow", () => {
  it("joins the cells with commas and ends the record with CRLF", () => {
    expect(csvRow(["CP-7K3Q-9X2M", "=cmd", null, "a,b"])).toBe("CP-7K3Q-9X2M,'=cmd,,\"a,b\"\r\n");
  });
});
