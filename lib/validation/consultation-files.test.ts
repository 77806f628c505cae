import { describe, expect, it } from "vitest";
import { checkSelectedFiles, MAX_FILE_BYTES } from "./consultation-files";

const mb = 1024 * 1024;

describe("checkSelectedFiles", () => {
  it("accepts allowed files within the limits, including DICOM without an extension", () => {
    expect(checkSelectedFiles([{ name: "ct.pdf", size: 5 * mb }, { name: "IM000123", size: 2 * mb }])).toBeNull();
  });

  it("names the first file over a limit", () => {
    expect(checkSelectedFiles([{ name: "mri.zip", size: MAX_FILE_BYTES + 1 }])).toEqual({
      problem: "fileTooLarge",
      name: "mri.zip",
    });
    expect(checkSelectedFiles([{ name: "setup.exe", size: 10 }])).toEqual({ problem: "fileType", name: "setup.exe" });
    expect(checkSelectedFiles([{ name: "blank.pdf", size: 0 }])).toEqual({ problem: "emptyFile", name: "blank.pdf" });
  });

  it("enforces the count and the total", () => {
    expect(checkSelectedFiles(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.pdf`, size: 1 })))).toEqual({
      problem: "tooManyFiles",
    });
    const three = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.pdf`, size: 19 * mb }));
    expect(checkSelectedFiles(three)).toEqual({ problem: "totalTooLarge" });
  });
});
