/**
 * The letters a placeholder shows for a doctor or clinic without a photo, taken from the name as the page displays it
 * (README, "Photos"): the first letter of the first and of the last word, "" when the name has none.
 */
export function initials(name: string): string {
  const proper = quotedPart(name) ?? name;
  const words = proper.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !word.endsWith("."));
  const chosen = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  const letters = chosen.map((word) => firstLetter(word).toUpperCase());
  // Arabic letters side by side would join into a word; a zero-width non-joiner keeps each one whole.
  return letters.join(letters.some(isArabic) ? "\u200C" : "");
}

/** Russian and Ukrainian put an organisation's own name in quotes: «Велория» names the clinic, not "центр". */
function quotedPart(name: string): string | undefined {
  return /[«„“"]([^»“”"]*\p{L}[^»“”"]*)[»“”"]/u.exec(name)?.[1];
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The first letter as a whole grapheme (with its combining marks), after the Arabic article "ال" if there is one. */
function firstLetter(word: string): string {
  const withoutArticle = /^ال\p{L}{2,}/u.test(word) ? word.slice(2) : word;
  for (const { segment } of graphemes.segment(withoutArticle)) {
    if (/\p{L}/u.test(segment)) return segment;
  }
  return "";
}

const isArabic = (letter: string) => /\p{Script=Arabic}/u.test(letter);
