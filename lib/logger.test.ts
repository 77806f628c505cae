import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { runWithRequestId } from "./observability/request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger(destination, "info"), lines };
}

class PrismaClientKnownRequestError extends Error {
  code = "P2000";
  meta = { modelName: "Lead", driverAdapterError: { cause: { kind: "postgres", code: "22001", originalMessage: "Olena" } } };
}

describe("logger", () => {
  it("puts the request's id on every line written while it runs, and none outside it", async () => {
    const { logger, lines } = capture();
    runWithRequestId("req-1", () => {
      logger.info("first");
      logger.warn({ leadId: "l1" }, "second");
    });
    logger.info("outside");
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((line) => [line.msg, line.requestId, line.level])).toEqual([
      ["first", "req-1", "info"],
      ["second", "req-1", "warn"],
      ["outside", undefined, "info"],
    ]);
  });

  it("logs a database error's type and code but not its message, which can quote what a patient typed", async () => {
    const { logger, lines } = capture();
    logger.error({ err: new PrismaClientKnownRequestError("value for fullName 'Olena Kovalenko' too long") }, "failed");
    logger.error({ err: new Error("plain\nbug") }, "bug");
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.stringify(lines[0])).not.toContain("Olena");
    expect(lines[0]!.err).toMatchObject({
      type: "PrismaClientKnownRequestError",
      code: "P2000",
      database: { model: "Lead", kind: "postgres", state: "22001" },
    });
    expect(lines[1]!.err).toMatchObject({ type: "Error", message: "plain\uFFFDbug" });
  });
});
