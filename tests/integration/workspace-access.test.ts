import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { serveLeadExport } from "@/lib/leads/lead-export";
import { serveLeadFile } from "@/lib/leads/lead-file-download";
import { createTestLead } from "@/tests/factories/lead";
import { staffRoles, type StaffRole } from "@/lib/staff/roles";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { actionModules, callAction, workspaceActions, type WorkspaceActionName } from "@/tests/support/server-actions";


/** A valid form for every action: refused without the right session, each one does its work with it. */
let validForms: Record<WorkspaceActionName, () => FormData>;
/** A signed-in account for each combination of roles these tests try. */
const accounts = { coordinator: ["coordinator"], editor: ["editor"], admin: ["admin"], coordinatorAdmin: ["coordinator", "admin"], all: [...staffRoles] } satisfies Record<string, StaffRole[]>;
type Account = keyof typeof accounts;
const cookies = {} as Record<Account, string>;
let fileId: string;

beforeAll(async () => {
  for (const [account, roles] of Object.entries(accounts)) cookies[account as Account] = await signedInCookie(await createStaff(...roles));
  const colleague = await createStaff("coordinator");
  const lead = await createTestLead({ files: [{ name: "scan.pdf", type: "pdf", bytes: Buffer.from("%PDF-1.7\nscan") }] });
  fileId = lead.files[0]!.id;
  const toErase = await createTestLead();
  // Restoring or deleting uses one up; the forms are built before each attempt.
  const quarantined = [await createTestLead({ spam: true }), await createTestLead({ spam: true })];
  const notification = await db.notification.create({ data: { leadId: lead.id, kind: "PATIENT_CONFIRMATION", recipients: [], status: "FAILED" } });
  const clinic = await db.clinic.findFirstOrThrow({ select: { id: true } });
  const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const contact = () => db.clinicContact.create({ data: { clinicId: clinic.id, email: `access-${unique()}@clinic.test` } });
  const changing = await contact();
  // Removing uses one up; the forms are built before each attempt.
  const toRemove = await Promise.all(Array.from({ length: 8 }, contact));
  validForms = {
    changeStatus: () => formData({ leadId: lead.id, status: "CONTACTED" }),
    assign: () => formData({ leadId: lead.id, assigneeId: colleague.user.id }),
    addNote: () => formData({ leadId: lead.id, body: "Called, will send the CT scan" }),
    eraseLead: () => formData({ leadId: toErase.id, confirmation: toErase.reference }),
    resendNotification: () => formData({ notificationId: notification.id }),
    restoreLead: () => formData({ leadId: quarantined[0]!.id }),
    deleteQuarantined: () => formData({ leadId: quarantined[1]!.id }),
    addStaff: () => formData({ name: "New Coordinator", email: `new-${Date.now()}-${Math.random()}@careport.test`, "roles[]": "coordinator", password: "a long enough password" }),
    changeRoles: () => formData({ userId: colleague.user.id, "roles[]": ["coordinator", "editor"] }),
    setActive: () => formData({ userId: colleague.user.id, active: "true" }),
    saveSettings: () =>
      formData({
        coordinatorEmails: "team@careport.test",
        coordinatorLocale: "en",
        responseMinutes: "30",
        timeZone: "Europe/Berlin",
        spamRetentionDays: "30",
        leadRetentionDays: "730",
        priceStaleAfterDays: "180",
        ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [`hours.${day}`, "08:00-20:00"])),
      }),
    saveOperatorSettings: () =>
      formData({
        "operator.name": "Careport",
        "operator.legalEntity": "Careport Services GmbH",
        "operator.address": "Example Street 1, Berlin",
        "operator.email": "desk@careport.test",
        "operator.phone": "+44 20 7946 0958",
        "operator.whatsApp": "+61 491 570 006",
      }),
    addContact: () => formData({ clinicId: clinic.id, email: `added-${unique()}@clinic.test`, label: "International office" }),
    changeContact: () => formData({ contactId: changing.id, email: `changed-${unique()}@clinic.test`, label: "" }),
    removeContact: () => formData({ contactId: toRemove.pop()!.id }),
  };
});

const actionNames = Object.keys(workspaceActions) as WorkspaceActionName[];
/**
 * The roles each action needs (the roles; none implies another): leads are the coordinator's, users and
 * settings the admin's, and erasing a lead's personal data is for a coordinator who is also an admin.
 */
const required: Record<WorkspaceActionName, readonly StaffRole[]> = {
  changeStatus: ["coordinator"],
  assign: ["coordinator"],
  addNote: ["coordinator"],
  resendNotification: ["coordinator"],
  restoreLead: ["coordinator"],
  deleteQuarantined: ["coordinator"],
  eraseLead: ["coordinator", "admin"],
  addStaff: ["admin"],
  changeRoles: ["admin"],
  setActive: ["admin"],
  saveSettings: ["admin"],
  saveOperatorSettings: ["admin"],
  addContact: ["admin"],
  changeContact: ["admin"],
  removeContact: ["admin"],
};
const access = (name: WorkspaceActionName) => workspaceActions[name].definition.access;
const allowed = (account: Account, name: WorkspaceActionName) => required[name].every((role) => (accounts[account] as readonly string[]).includes(role));
/** The account with exactly the roles the action needs. */
const cookieFor = (name: WorkspaceActionName) => cookies[(Object.keys(accounts) as Account[]).find((account) => accounts[account].length === required[name].length && allowed(account, name))!];
const refusedCases = (Object.keys(accounts) as Account[]).flatMap((account) => actionNames.filter((name) => !allowed(account, name)).map((name) => [account, name] as const));

describe("every workspace action checks the session and roles on the server", () => {
  it("each action needs exactly the roles the issue gives it", () => {
    const declared = (name: WorkspaceActionName) => {
      const { role } = access(name) as { role: StaffRole | readonly StaffRole[] };
      return typeof role === "string" ? [role] : [...role];
    };
    expect(Object.fromEntries(actionNames.map((name) => [name, declared(name)]))).toEqual(required);
  });

  it.each(actionNames)("%s: refused and logged without a session", async (name) => {
    const before = await db.authEvent.count({ where: { kind: "ACCESS_REFUSED", detail: `action:${name}` } });
    const state = await callAction(workspaceActions[name], browserHeaders(), validForms[name]());
    expect(state.result).toBe("signedOut");
    expect(await db.authEvent.count({ where: { kind: "ACCESS_REFUSED", detail: `action:${name}` } })).toBe(before + 1);
  });

  it.each(refusedCases)("%s account: %s refused and logged", async (account, name) => {
    const state = await callAction(workspaceActions[name], browserHeaders({ cookie: cookies[account] }), validForms[name]());
    expect(state.result).toBe("forbidden");
    const refusal = await db.authEvent.findFirstOrThrow({ where: { kind: "ACCESS_REFUSED", detail: `action:${name}` }, orderBy: { createdAt: "desc" } });
    expect(refusal.userId).not.toBeNull();
  });

  it.each(actionNames)("%s: an account with every role passes the role check", async (name) => {
    const state = await callAction(workspaceActions[name], browserHeaders({ cookie: cookies.all }), new FormData());
    expect(["signedOut", "forbidden"]).not.toContain(state.result);
  });

  it.each(actionNames)("%s: done with exactly the roles it needs (so the refusals above are about access, not input)", async (name) => {
    const state = await callAction(workspaceActions[name], browserHeaders({ cookie: cookieFor(name) }), validForms[name]());
    expect(state).toEqual({ result: "done" });
  });

  it("a deactivated account's session no longer acts", async () => {
    const member = await createStaff("admin");
    const cookie = await signedInCookie(member);
    await db.user.update({ where: { id: member.user.id }, data: { banned: true } });
    const state = await callAction(workspaceActions.addNote, browserHeaders({ cookie }), validForms.addNote());
    expect(state.result).toBe("signedOut");
  });
});

describe("file downloads and the CSV export check the roles on the server", () => {
  const routes = {
    "a lead's file": { roles: ["coordinator"], serve: (headers: Headers) => serveLeadFile(new Request(`http://localhost/api/admin/files/${fileId}`, { headers }), fileId) },
    "the CSV export": { roles: ["coordinator", "admin"], serve: (headers: Headers) => serveLeadExport(new Request("http://localhost/api/admin/leads/export", { headers })) },
  } satisfies Record<string, { roles: StaffRole[]; serve: (headers: Headers) => Promise<Response> }>;
  const cases = Object.entries(routes).flatMap(([route, { roles }]) =>
    (Object.keys(accounts) as Account[]).map((account) => [route as keyof typeof routes, account, roles.every((role) => (accounts[account] as readonly string[]).includes(role))] as const),
  );

  it.each(cases)("%s, %s account: allowed = %s", async (route, account, isAllowed) => {
    const response = await routes[route].serve(browserHeaders({ cookie: cookies[account] }));
    expect(response.status).toBe(isAllowed ? 200 : 403);
    if (!isAllowed) expect(await response.text()).toBe("Your role does not allow this.");
  });
});

describe("every workspace action refuses hostile input without a server error", () => {
  // A password is never stored or shown, so it may hold any character; a note is free text, whose control
  // characters are dropped (lib/validation/text.ts). Every other field refuses them.
  const acceptedAfterCleaning = new Set(["password", "body"]);

  it.each(actionNames)("%s: a control character in any field is refused, not a 500", async (name) => {
    const cookie = cookieFor(name);
    const fields = [...validForms[name]().keys()];
    for (const field of fields) {
      for (const hostile of ["\u0000", "x\u0000y", "\u001b[31m"]) {
        const form = validForms[name]();
        form.set(field, hostile);
        const state = await callAction(workspaceActions[name], browserHeaders({ cookie }), form);
        if (!acceptedAfterCleaning.has(field)) expect(state.result, `${field}=${JSON.stringify(hostile)}`).not.toBe("done");
      }
    }
  });

  it("sign-in refuses malformed and hostile input with its own answer, not a server error", async () => {
    const { signIn, verifySignInCode } = actionModules["lib/auth/actions.ts"];
    const hostile = [null, "admin", [], { email: "a\u0000@careport.test", password: "x", next: null, locale: "en" }, { email: "a@careport.test", password: "x", next: "\u001b".repeat(3000), locale: "en" }];
    for (const input of hostile) {
      expect((await callAction(signIn, browserHeaders(), input)).result, JSON.stringify(input)).toBe("validation");
      expect((await callAction(verifySignInCode, browserHeaders(), input)).result, JSON.stringify(input)).toBe("invalidCode");
    }
  });

  it("saveSettings: a crafted routing-rule key is refused", async () => {
    const form = validForms.saveSettings();
    form.set("rules.0.treatments.tace\u0000", "on");
    form.set("rules.0.recipients", "team@careport.test");
    const state = await callAction(workspaceActions.saveSettings, browserHeaders({ cookie: cookies.admin }), form);
    expect(state.result).toBe("invalid");
  });
});

/** The account page's actions are how a pending setup step is done, so they are the only ones allowed meanwhile. */
const allowedDuringSetup = ["changePassword", "confirmTwoFactor", "disableTwoFactor", "startTwoFactor"];
/** Sign-in and sign-out run without a session (tests/integration/staff-auth.test.ts). */
const publicActions = ["signIn", "signOut", "verifySignInCode"];

/** Every file of the app whose first statement is "use server": its exports are public endpoints. */
async function serverActionFiles(): Promise<string[]> {
  const found: string[] = [];
  for (const directory of ["app", "lib", "components"]) {
    const entries = await readdir(path.resolve(directory), { withFileTypes: true, recursive: true });
    for (const entry of entries.filter((candidate) => candidate.isFile() && /\.tsx?$/.test(candidate.name))) {
      const file = path.join(entry.parentPath, entry.name);
      if (/^\s*["']use server["']/.test(await readFile(file, "utf8"))) found.push(path.relative(process.cwd(), file));
    }
  }
  return found.sort();
}

describe("the app's server actions", () => {
  it("are all declared in lib/<capability>/actions.ts through the action client, so the tests above reach them", async () => {
    expect(await serverActionFiles()).toEqual(Object.keys(actionModules).sort());
    for (const [file, module] of Object.entries(actionModules)) {
      for (const [name, action] of Object.entries(module)) {
        expect(action.definition, `${file}: ${name}`).toBeDefined();
        expect(action.definition.name, `${file}: ${name}`).toBe(name);
      }
    }
  });

  it("check the session on the server, except sign-in and sign-out; only the account page's own work during setup", () => {
    const actions = Object.values(actionModules).flatMap((module) => Object.values(module));
    const names = (keep: (action: (typeof actions)[number]) => boolean) => actions.filter(keep).map((action) => action.definition.name).sort();
    expect(names((action) => action.definition.access === "public")).toEqual(publicActions);
    expect(names((action) => action.definition.access !== "public" && action.definition.access.duringSetup === true)).toEqual(allowedDuringSetup);
  });

  it("an account that must choose its own password can do that, and nothing else, until it has", async () => {
    const member = await createStaff();
    const headers = browserHeaders({ cookie: await signedInCookie(member) });
    await db.user.update({ where: { id: member.user.id }, data: { passwordChangeRequired: true } });
    const lead = await createTestLead();
    const note = () => ({ leadId: lead.id, body: "Called the patient" });
    expect((await callAction(workspaceActions.addNote, headers, note())).result).toBe("passwordChangeRequired");
    const own = "a meadow lantern of my own";
    const change = { currentPassword: member.password, newPassword: own, confirmPassword: own };
    expect(await callAction(actionModules["lib/auth/actions.ts"].changePassword, headers, change)).toEqual({ result: "changed" });
    const signedInAgain = browserHeaders({ cookie: await signedInCookie({ email: member.email, password: own }) });
    expect(await callAction(workspaceActions.addNote, signedInAgain, note())).toEqual({ result: "done" });
  });

  it.each(allowedDuringSetup)("%s: refused and logged without a session", async (name) => {
    const action = Object.values(actionModules).flatMap((module) => Object.values(module)).find((candidate) => candidate.definition.name === name)!;
    const before = await db.authEvent.count({ where: { kind: "ACCESS_REFUSED", detail: `action:${name}` } });
    expect((await callAction(action, browserHeaders(), {})).result).toBe("signedOut");
    expect(await db.authEvent.count({ where: { kind: "ACCESS_REFUSED", detail: `action:${name}` } })).toBe(before + 1);
  });
});
