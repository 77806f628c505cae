export type RichTextBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "steps"; items: string[] };

const bullet = /^- /;
const step = /^\d+\. /;

export function parseRichText(text: string): RichTextBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): RichTextBlock => {
      const lines = block.split("\n").map((line) => line.trim());
      if (lines.every((line) => bullet.test(line))) {
        return { kind: "bullets", items: lines.map((line) => line.replace(bullet, "")) };
      }
      if (lines.every((line) => step.test(line))) {
        return { kind: "steps", items: lines.map((line) => line.replace(step, "")) };
      }
      return { kind: "paragraph", text: lines.join(" ") };
    });
}
