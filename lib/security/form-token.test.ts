import { describe, expect, it } from "vitest";
import { signFormToken, verifyFormToken } from "./form-token";

const secret = "a secret of at least thirty-two characters";
const openedAt = new Date("2025-12-02T06:00:00Z");

describe("the form token", () => {
  it("keeps the format tokens already handed out were signed in", () => {
    expect(signFormToken(secret, openedAt)).toBe("1764655200000.l6diJSzWcEv0mRVI64ok8ayyIPaljIOaovnhJHtXXVg");
  });

  it("gives back when the form was opened", () => {
    expect(verifyFormToken(secret, signFormToken(secret, openedAt))).toEqual(openedAt);
  });

  it("refuses a token signed with another secret, backdated, or malformed", () => {
    const token = signFormToken(secret, openedAt);
    const signature = token.split(".")[1];
    expect(verifyFormToken(`${secret}!`, token)).toBeNull();
    expect(verifyFormToken(secret, `${openedAt.getTime() - 60_000}.${signature}`)).toBeNull();
    for (const malformed of ["", "x", `${openedAt.getTime()}`, `${openedAt.getTime()}.`, `.${signature}`, `12.${signature}`, `${token}x`]) {
      expect(verifyFormToken(secret, malformed), malformed).toBeNull();
    }
  });
});
