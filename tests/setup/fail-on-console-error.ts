import { afterEach, beforeEach, vi } from "vitest";

// An error logged during a test is a failure someone would otherwise miss.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length) throw new Error(`console.error was called:\n${errors.map((args) => args.join(" ")).join("\n")}`);
});
