import { hasControlCharacter, hasLoneSurrogate, isBlank } from "../text";
import * as z from "../zod";

/**
 * The catalog's safe markup (rendered by components/catalog/rich-text.tsx, never as HTML): blocks separated by a blank
 * line; a block whose lines all start with "- " is a bullet list, one whose lines start with "1. ", "2. " … in order is
 * a numbered list, anything else a paragraph. A block that mixes list lines with other lines would silently render as
 * a paragraph with stray markers, so it is refused, as is anything that looks like an HTML tag.
 */
const bullet = /^- \S/;
const step = /^(\d+)\. \S/;
const listMarker = /^(- |\d+\. )/;
const htmlTag = /<\/?[a-z!][^>]*>/i;

function markupProblem(text: string): string | undefined {
  if (isBlank(text)) return undefined;
  if (hasControlCharacter(text.replaceAll("\n", ""))) return "control characters other than line breaks";
  // PostgreSQL refuses such a half in the JSON that keeps drafts and versions.
  if (hasLoneSurrogate(text)) return "half of a surrogate pair, which is not a character";
  if (htmlTag.test(text)) return "HTML tags are not rendered; use the catalog markup";
  if (text !== text.trim()) return "leading or trailing white space";
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n");
    if (lines.some((row) => row !== row.trim())) return "a line with leading or trailing white space";
    const listLines = lines.filter((row) => listMarker.test(row));
    if (listLines.length === 0) continue;
    if (lines.every((row) => bullet.test(row))) continue;
    if (lines.every((row, index) => step.exec(row)?.[1] === String(index + 1))) continue;
    return `a block mixes list lines with other lines, or a numbered list does not count 1, 2, 3…: "${lines[0]}"`;
  }
  return undefined;
}

export const richText = (max: number) =>
  z.string().check(
    z.maxLength(max, "too long"),
    z.refine((text) => !isBlank(text), "required"),
    z.superRefine((text, context) => {
      const problem = markupProblem(text);
      if (problem) context.addIssue({ code: "custom", message: problem, input: text });
    }),
  );
