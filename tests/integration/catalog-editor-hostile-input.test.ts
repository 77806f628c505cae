import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getClinic } from "@/lib/catalog/clinics";
import { getDoctor } from "@/lib/catalog/doctors";
import { publishClinic, publishDoctor, saveClinicDraft, saveDoctorDraft } from "@/lib/catalog-editing/actions";
import { findDraft } from "@/lib/catalog-editing/drafts";
import { readItemDocument } from "@/lib/catalog-editing/item-document";
import { publishTestClinic, publishTestDoctor, removeTestClinic, removeTestDoctor } from "@/tests/factories/catalog-items";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

/** What an attacker or a bad paste puts into a text box. PostgreSQL refuses NUL and half surrogate pairs in the JSON drafts are kept in. */
const hostileStrings = [
  "\u0000",
  "a\u0000b",
  "tab\there",
  "\u0007bell",
  "\u001b[31mred",
  "\u0085next line",
  "\u2028separator",
  "\u202eright-to-left override",
  "\ud800 lone surrogate",
  "\udfff",
  "\ufeffbyte order mark",
  "<script>alert(1)</script>",
  "x".repeat(30_000),
  "",
  " ",
];

/** Added after a field's own text, to reach fields that must start a certain way (a photo's address). */
const hostileEndings = ["\u0000", "\u0007", "\u2028", "\ud800"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a document that leads to a string. */
function stringPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function withString(document: Json, path: (string | number)[], text: string): Json {
  const copy = structuredClone(document) as Record<string | number, Json>;
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  parent[path.at(-1)!] = text;
  return copy;
}

const kinds = [
  { kind: "CLINIC", slug: "hostile-input-test-clinic", publishTest: publishTestClinic, remove: removeTestClinic, save: saveClinicDraft, publish: publishClinic, read: getClinic },
  { kind: "DOCTOR", slug: "hostile-input-test-doctor", publishTest: publishTestDoctor, remove: removeTestDoctor, save: saveDoctorDraft, publish: publishDoctor, read: getDoctor },
] as const;

let editor: Headers;
beforeAll(async () => {
  editor = browserHeaders({ cookie: await signedInCookie(await createStaff("editor")) });
});

const valueAt = (document: Json, path: (string | number)[]) => path.reduce<Json>((at, step) => (at as Record<string | number, Json> | null)?.[step] ?? null, document);
const shown = (path: (string | number)[], text: string) => `${path.join(".")} ${JSON.stringify(text.slice(0, 24))}`;

describe.each(kinds)("the $kind editor given hostile text in any field", ({ kind, slug, publishTest, remove, save, publish, read }) => {
  let itemId: string;
  let original: Json;

  beforeAll(async () => {
    const { user } = await createStaff("editor");
    ({ itemId } = await publishTest(slug, `Hostile Input Test ${kind}`, user.id));
    const published = (await readItemDocument(db, kind, itemId)) as Record<string, Json>;
    // The seeded items have no photo; one is added so its address is tried too.
    original = { ...published, photo: { url: "/photos/test.jpg", width: 800, height: 600 } };
  });
  afterAll(() => remove(slug, itemId));

  it("refuses it as invalid or saves what was typed (trimmed, NFC), and never fails", { timeout: 180_000 }, async () => {
    const paths = stringPaths(original);
    expect(paths.map((path) => path.join("."))).toEqual(expect.arrayContaining(["photo.url", "text.en.name", "text.ar.name"]));
    const unexpected: string[] = [];
    let saves = 0;
    for (const path of paths) {
      // In place of the field's text, and after it (so fields with a required start, like an address, are reached too).
      const current = valueAt(original, path) as string;
      for (const text of [...hostileStrings, ...hostileEndings.map((ending) => current + ending)]) {
        const document = withString(original, path, text);
        const outcome = await callAction(save, editor, formData({ itemId, baseVersion: "1", document: JSON.stringify(document) })).catch((error: Error) => ({
          result: `threw ${error.message.trim().split("\n").at(-1)}`,
        }));
        if (outcome.result === "saved") {
          saves += 1;
          const stored = valueAt((await findDraft(kind, itemId))?.document as Json, path);
          if (stored !== text && stored !== text.normalize("NFC").trim()) unexpected.push(`${shown(path, text)}: saved as ${JSON.stringify(stored)}`);
          await db.catalogDraft.deleteMany({ where: { itemId } });
        } else if (outcome.result !== "invalid") {
          unexpected.push(`${shown(path, text)}: ${outcome.result}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
    // Odd but harmless text (a direction override, a byte order mark) is kept, not refused along with the rest.
    expect(saves).toBeGreaterThan(paths.length);
  });

  it("publishes odd but harmless text, and the public page reads it back as typed", async () => {
    const odd = "\u202eOverride <script>alert(1)</script> \ufeff";
    const document = withString(withString(original, ["text", "en", "name"], odd), ["text", "ar", "name"], "\u0627\u0644\u0639\u064a\u0627\u062f\u0629 \u200f(1)");
    const saved = await callAction(save, editor, formData({ itemId, baseVersion: "1", document: JSON.stringify(document) }));
    expect(saved.result).toBe("saved");
    const { draftId, revision } = saved as unknown as { draftId: string; revision: number };
    expect(await callAction(publish, editor, formData({ itemId, draftId, revision: String(revision), document: JSON.stringify(document) }))).toMatchObject({ result: "published" });
    expect((await read(slug, "en"))?.name).toBe(odd.trim());
  });
});
