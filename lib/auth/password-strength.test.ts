import { describe, expect, it } from "vitest";
import { isGuessablePassword } from "./password-strength";

const account = { email: "olena.kovalenko@careport.test", name: "Olena Kovalenko" };

describe("isGuessablePassword", () => {
  it.each(["password1234", "qwertyuiop12", "111122223333", "Careport2026!", "olenakovalenko", "kovalenko1234"])(
    "refuses %s, long enough but guessed early",
    (password) => expect(isGuessablePassword(password, account)).toBe(true),
  );

  it.each(["correct horse battery staple", "a long first password", "Xk9#mP2$vL7q"])("accepts %s", (password) =>
    expect(isGuessablePassword(password, account)).toBe(false),
  );
});
