import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";

type Messages = { [key: string]: string | Messages };

const load = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `${locale}.json`), "utf8"));

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value]] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };

/** The argument names a message uses, read from its parsed ICU syntax (branches of plural/select included). */
function placeholders(elements: Element[]): string[] {
  return elements.flatMap((element) => [
    ...(element.type >= 1 && element.type <= 6 ? [String(element.value)] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => placeholders(option.value)),
  ]);
}

const argumentsOf = (message: string, locale: string) =>
  new Set(placeholders(new IntlMessageFormat(message, locale).getAst() as Element[]));

/** The categories each plural in a message spells out, "=0"-style exact matches left aside. */
function pluralForms(elements: Element[]): string[][] {
  return elements.flatMap((element) => [
    ...(element.type === 6 ? [Object.keys(element.options ?? {}).filter((option) => !option.startsWith("="))] : []),
    ...Object.values(element.options ?? {}).flatMap((option) => pluralForms(option.value)),
  ]);
}

const english = flatten(load("en"));

describe.each(locales)("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));

  it("has exactly the keys of the English messages", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has a non-empty, valid ICU message with the same placeholders for every key", () => {
    for (const [key, message] of messages) {
      expect(message.trim(), key).not.toBe("");
      expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
      expect(argumentsOf(message, locale), key).toEqual(argumentsOf(english.get(key) ?? "", "en"));
    }
  });

  // Without the language's own forms a plural falls back to "other", which reads "5 файла" instead of "5 файлов".
  // A plural with "other" alone only hides a zero (as before an abbreviation such as "дн."), so it needs no forms.
  it("spells out every plural form the language needs", () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((category) => category !== "zero");
    for (const [key, message] of messages) {
      for (const forms of pluralForms(new IntlMessageFormat(message, locale).getAst() as Element[])) {
        if (forms.length > 1) expect(forms, key).toEqual(expect.arrayContaining(needed));
      }
    }
  });
});
