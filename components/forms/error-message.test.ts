import { createTranslator, type IntlError } from "use-intl/core";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en.json";
import { errorMessage } from "./error-message";

const rethrow = (error: IntlError) => {
  throw error;
};
const translator = <Namespace extends "Admin" | "ConsultationForm">(namespace: Namespace, onError: (error: IntlError) => void = rethrow) =>
  createTranslator({ locale: "en", messages, namespace, onError });

describe("errorMessage", () => {
  it("translates an error key that arrives as text, such as a schema's issue message", () => {
    expect(errorMessage(translator("Admin"), "outOfRange")).toBe(messages.Admin.errors.outOfRange);
    expect(errorMessage(translator("ConsultationForm"), "fileTooLarge", { values: { name: "scan.pdf", max: 20 } })).toBe("“scan.pdf” is larger than 20 MB.");
  });

  it("says nothing when there is no error", () => {
    expect(errorMessage(translator("Admin"), undefined)).toBeUndefined();
    expect(errorMessage(translator("Admin"), "")).toBeUndefined();
  });

  it("gives the named fallback, with the same values, for a key it does not know", () => {
    const message = errorMessage(translator("ConsultationForm"), "teapot", { fallback: "serverError", values: { requestId: "req-42" } });
    expect(message).toBe(translator("ConsultationForm")("errors.serverError", { requestId: "req-42" }));
    expect(message).toContain("req-42");
  });

  it("without a fallback, reports an unknown key as a missing message, as next-intl does for any key", () => {
    const reported: string[] = [];
    const t = translator("Admin", (error) => {
      reported.push(error.code);
    });
    expect(errorMessage(t, "teapot")).toBe("Admin.errors.teapot");
    expect(reported).toEqual(["MISSING_MESSAGE"]);
  });
});
