import type { Messages, TranslationValues } from "next-intl";

type ErrorScope = "Admin" | "ConsultationForm";
type ErrorKey = { [Scope in ErrorScope]: keyof Messages[Scope]["errors"] & string }[ErrorScope];

/** What `useTranslations(scope)` returns for a scope with an `errors` table; any such translator fits. */
type ScopeTranslator = { (key: never, ...rest: never[]): string; has(key: never): boolean };
type ErrorTranslator = { (key: string, values?: TranslationValues): string; has(key: string): boolean };

/**
 * The text for an error key from the scope's `errors` table. Keys arrive as text — a schema's issue message, a
 * server's answer — so they are checked when they arrive: with a fallback, an unknown key gives that message; without
 * one, next-intl reports it as a missing message.
 */
export function errorMessage(t: ScopeTranslator, key: string, options?: { values?: TranslationValues; fallback?: ErrorKey }): string;
export function errorMessage(t: ScopeTranslator, key: string | undefined, options?: { values?: TranslationValues; fallback?: ErrorKey }): string | undefined;
export function errorMessage(t: ScopeTranslator, key: string | undefined, options: { values?: TranslationValues; fallback?: ErrorKey } = {}) {
  if (!key) return undefined;
  const translate = t as unknown as ErrorTranslator;
  const known = options.fallback === undefined || translate.has(`errors.${key}`);
  return translate(`errors.${known ? key : options.fallback}`, options.values);
}
