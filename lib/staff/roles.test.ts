import { describe, expect, it } from "vitest";
import { hasRoles, parseStoredRoles, storedRoles, workspaceHome } from "./roles";

describe("staff roles", () => {
  it("are stored as better-auth's admin plugin stores several roles: a comma list, in one order", () => {
    expect(storedRoles(["admin", "coordinator"])).toBe("coordinator,admin");
    expect(parseStoredRoles("coordinator,admin")).toEqual(["coordinator", "admin"]);
    expect(parseStoredRoles("editor")).toEqual(["editor"]);
  });

  it("leave out what is not a role, so a stray value grants nothing", () => {
    expect(parseStoredRoles("user,admin ,superuser")).toEqual([]);
    expect(parseStoredRoles(null)).toEqual([]);
  });

  it("are checked by membership: no role implies another", () => {
    expect(hasRoles(["admin"], "coordinator")).toBe(false);
    expect(hasRoles(["editor"], "coordinator")).toBe(false);
    expect(hasRoles(["coordinator"], "admin")).toBe(false);
    expect(hasRoles(["coordinator", "admin"], ["coordinator", "admin"])).toBe(true);
    expect(hasRoles(["admin"], ["coordinator", "admin"])).toBe(false);
    expect(hasRoles(["editor"], "anyRole")).toBe(true);
    expect(hasRoles([], "anyRole")).toBe(false);
  });

  it("send each account to a page it may open", () => {
    expect(workspaceHome(["coordinator", "editor", "admin"])).toBe("/admin/leads");
    expect(workspaceHome(["admin"])).toBe("/admin/users");
    expect(workspaceHome(["editor"])).toBe("/admin/catalog");
  });
});
