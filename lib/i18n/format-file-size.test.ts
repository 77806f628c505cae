import { createFormatter } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { formatFileSize } from "./format-file-size";
import type { Locale } from "./locales";

const formatter = (locale: Locale) => createFormatter({ locale });

describe("formatFileSize", () => {
  it("shows small files in kilobytes, never as 0", () => {
    expect(formatFileSize(formatter("en"), 14)).toBe("1 kB");
    expect(formatFileSize(formatter("en"), 820 * 1024)).toBe("820 kB");
  });

  it("shows larger files in megabytes with one decimal, in the reader's language", () => {
    expect(formatFileSize(formatter("en"), 3.25 * 1024 * 1024)).toBe("3.3 MB");
    expect(formatFileSize(formatter("ru"), 3.25 * 1024 * 1024)).toBe("3,3 МБ");
    expect(formatFileSize(formatter("de"), 20 * 1024 * 1024)).toBe("20 MB");
  });
});
