import { afterEach, beforeEach, vi } from "vitest";
import { logger } from "@/lib/logger";

// An error logged during a test is a failure someone would otherwise miss: on the console or through the logger.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  const record = (...args: unknown[]) => {
    errors.push(args);
  };
  vi.spyOn(console, "error").mockImplementation(record);
  vi.spyOn(logger, "error").mockImplementation(record as typeof logger.error);
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length) throw new Error(`an error was logged:\n${errors.map((args) => args.map((arg) => JSON.stringify(arg) ?? String(arg)).join(" ")).join("\n")}`);
});
