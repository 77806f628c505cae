import type { createFormatter } from "use-intl/core";

type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

/** "820 kB" or "3.2 MB" in the reader's language (e.g. "3,2 МБ"); a file under a megabyte never reads "0 MB". */
export function formatFileSize(format: NumberFormatter, bytes: number) {
  return bytes < 1024 * 1024
    ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" })
    : format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}
