import { parseRichText } from "@/lib/catalog/rich-text";

/** Renders the catalog's small text markup (see lib/validation/catalog-content/rich-text.ts). */
export function RichText({ text }: { text: string }) {
  return parseRichText(text).map((block, index) => {
    if (block.kind === "bullets") {
      return (
        <ul key={index}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    }
    if (block.kind === "steps") {
      return (
        <ol key={index}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      );
    }
    return <p key={index}>{block.text}</p>;
  });
}
