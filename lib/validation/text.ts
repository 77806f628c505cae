import * as z from "./zod";

/**
 * One policy for text a person or a browser sends, public and staff alike. Text is normalised to NFC, so the same
 * name typed on two keyboards is stored (and searched) the same way.
 * - A single line (names, search, attribution, references) refuses every control character, newlines and tabs
 *   included: nothing a person types on one line contains them, and U+0000 is refused by PostgreSQL.
 * - Free text (the patient's message, notes) keeps only newlines and tabs. Other control characters are invisible,
 *   so a person could not find one to remove it: they are dropped instead of refused. Line breaks become "\n".
 * - Text made only of spaces and zero-width characters counts as empty.
 * - Half of a surrogate pair is not a character: a single line refuses it, free text replaces it with U+FFFD.
 * Messages are issue codes, translated where they are shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const droppedFromFreeText = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const invisible = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/g;
// With the u flag a surrogate range matches only a half left alone, never one of a pair (String#isWellFormed is too
// new for the phones some patients use).
const loneSurrogate = /[\ud800-\udfff]/u;
const loneSurrogates = new RegExp(loneSurrogate.source, "gu");

const cleanFreeText = (text: string) =>
  text
    .replace(loneSurrogates, "\ufffd")
    .normalize("NFC")
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    .replace(droppedFromFreeText, "");

export const hasControlCharacter = (text: string) => controlCharacter.test(text);
export const hasLoneSurrogate = (text: string) => loneSurrogate.test(text);
export const isBlank = (text: string) => text.replace(invisible, "") === "";

/** A single line of text, possibly empty; see `requiredLine` for one that must be filled in. */
export const singleLine = (max: number) =>
  z.string({ error: "required" }).check(
    z.overwrite((text) => text.normalize("NFC")),
    z.trim(),
    z.maxLength(max, "tooLong"),
    z.refine((text) => !hasControlCharacter(text) && !hasLoneSurrogate(text), "invalidCharacters"),
  );

const filledIn = () => z.refine<string>((text) => !isBlank(text), "required");

export const requiredLine = (max: number) => singleLine(max).check(filledIn());

export const freeText = (max: number) => z.string({ error: "required" }).check(z.overwrite(cleanFreeText), z.trim(), z.maxLength(max, "tooLong"));

export const requiredText = (max: number) => freeText(max).check(filledIn());
