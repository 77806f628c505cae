import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

beforeAll(async () => {
  // The repository's own eslint.config.mjs, so a rule taken out of it fails here.
  eslint = new ESLint({ cwd: root });
  // Loading the config and its plugins takes seconds on a busy machine: here, not in the first test's time.
  await lint("components/x.tsx", "export const a = 1;");
}, 60_000);

/** What the linter says about `code` saved as `file`: "rule@line" for each error, "warning:rule@line" for a warning. */
async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map(
    (message) => `${message.severity === 1 ? "warning:" : ""}${message.ruleId ?? "unused-directive"}@${message.line}`,
  );
}

const boundary = "careport/import-boundaries@1";

describe("import boundaries", () => {
  it("keep app/ and components/ out of lib/, by alias or relative path", async () => {
    expect(await lint("lib/leads/x.ts", 'import { a } from "@/app/api/health/route";\nexport { a };')).toContain(boundary);
    expect(await lint("lib/leads/x.ts", 'import { a } from "../../components/ui/a";\nexport { a };')).toContain(boundary);
    expect(await lint("lib/leads/x.ts", 'import type { A } from "@/components/ui/a";\nexport type { A };')).toContain(boundary);
    expect(await lint("lib/leads/x.ts", 'import { a } from "@/lib/catalog/a";\nexport { a };')).toEqual([]);
  });

  it("keep app/ out of components/", async () => {
    expect(await lint("components/catalog/x.tsx", 'export { a } from "@/app/[locale]/layout";')).toContain(boundary);
    expect(await lint("components/catalog/x.tsx", 'export { a } from "@/lib/catalog/a";')).toEqual([]);
  });

  it("let lib/validation import only zod, libphonenumber-js, itself and the pure modules", async () => {
    const validation = (code: string) => lint("lib/validation/x.ts", `${code}\nexport { a };`);
    expect(await validation('import { a } from "@/lib/settings/settings";')).toContain(boundary);
    expect(await validation('import type { a } from "@/lib/i18n/routing";')).toContain(boundary);
    expect(await validation('import { a } from "node:crypto";')).toContain(boundary);
    expect(await validation('import { a } from "./zod";')).toEqual([]);
    expect(await validation('import { a } from "@/lib/i18n/locales";')).toEqual([]);
    expect(await validation('import { a } from "@/lib/staff/roles";')).toEqual([]);
    expect(await validation('import { a } from "libphonenumber-js";')).toEqual([]);
  });

  it("keep the pure modules free of imports", async () => {
    expect(await lint("lib/i18n/locales.ts", 'export { a } from "@/lib/db";')).toContain(boundary);
    expect(await lint("lib/staff/roles.ts", 'export { a } from "./staff-accounts";')).toContain(boundary);
  });

  it("keep lib/'s layers: foundation, then domain, then leads, then jobs", async () => {
    expect(await lint("lib/mail/x.ts", 'export { a } from "@/lib/notifications/worker";')).toContain(boundary);
    expect(await lint("lib/storage/x.ts", 'export { a } from "@/lib/leads/lead-work";')).toContain(boundary);
    expect(await lint("lib/notifications/x.ts", 'export { a } from "@/lib/leads/create-lead";')).toContain(boundary);
    expect(await lint("lib/auth/x.ts", 'export { a } from "../jobs/jobs";')).toContain(boundary);
    expect(await lint("lib/leads/x.ts", 'export { a } from "@/lib/jobs/jobs";')).toContain(boundary);
    expect(await lint("lib/leads/x.ts", 'export { a } from "@/lib/notifications/enqueue-notifications";')).toEqual([]);
    expect(await lint("lib/jobs/x.ts", 'export { a } from "@/lib/leads/lead-erasure";')).toEqual([]);
    expect(await lint("lib/notifications/x.ts", 'export { a } from "@/lib/mail/mailer";')).toEqual([]);
  });

  it("let zod in only through lib/validation/zod.ts", async () => {
    expect(await lint("lib/leads/x.ts", 'import { z } from "zod";\nexport { z };')).toContain("no-restricted-imports@1");
    expect(await lint("lib/leads/x.ts", 'import { z } from "zod/mini";\nexport { z };')).toContain("no-restricted-imports@1");
    expect(await lint("lib/leads/x.ts", 'import * as z from "@/lib/validation/zod";\nexport { z };')).toEqual([]);
    expect(await lint("lib/validation/zod.ts", 'export { string } from "zod/mini";')).toEqual([]);
  });
});

describe("client components", () => {
  const serverOnly = "careport/client-imports-no-server-only@3";
  const client = (code: string) => lint("components/catalog/x.tsx", `"use client";\n\n${code}\nexport { a };`);

  it("import no module that imports server-only", async () => {
    expect(await client('import { a } from "@/scripts/eslint/fixtures/server-only-module";')).toEqual([serverOnly]);
    expect(await client('import { a } from "../../scripts/eslint/fixtures/server-only-module";')).toEqual([serverOnly]);
    expect(await client('import { a } from "server-only";')).toEqual([serverOnly]);
  });

  it("may import server actions, shared modules and server-only types", async () => {
    expect(await client('import { a } from "@/scripts/eslint/fixtures/server-actions";')).toEqual([]);
    expect(await client('import { a } from "@/scripts/eslint/fixtures/shared-module";')).toEqual([]);
    expect(await client('import type { a } from "@/scripts/eslint/fixtures/server-only-module";')).toEqual([]);
  });

  it("are the files that say so, and every file of components/ (pages fetch, components render)", async () => {
    const code = 'import { a } from "@/scripts/eslint/fixtures/server-only-module";\nexport { a };';
    expect(await lint("components/catalog/x.tsx", code)).toEqual(["careport/client-imports-no-server-only@1"]);
    expect(await lint("app/[locale]/x/page.tsx", code)).toEqual([]);
    expect(await lint("app/[locale]/x/page.tsx", `"use client";\n\n${code}`)).toEqual(["careport/client-imports-no-server-only@3"]);
  });
});

describe("eslint-disable comments", () => {
  it("need a reason", async () => {
    const code = "// eslint-disable-next-line no-debugger\ndebugger;";
    expect(await lint("lib/leads/x.ts", code)).toContain("@eslint-community/eslint-comments/require-description@1");
    const explained = "// eslint-disable-next-line no-debugger -- a reason\ndebugger;";
    expect(await lint("lib/leads/x.ts", explained)).toEqual([]);
  });

  it("must still be needed", async () => {
    const code = "// eslint-disable-next-line no-control-regex -- a reason\nexport const a = 1;";
    expect(await lint("lib/leads/x.ts", code)).toEqual(["unused-directive@1"]);
  });
});
