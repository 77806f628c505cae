/**
 * Every pair of colour tokens the design puts together (app/tokens.css), with what the foreground is.
 * WCAG 2.2: text 4.5:1 (1.4.3); large text and what identifies a control or its state, such as an input's border or
 * the focus ring, 3:1 (1.4.11). Add a pair here when a component puts a colour on another background.
 */
export type ColourPair = { foreground: string; background: string; kind: "text" | "large text" | "non-text"; where: string };

const pageBackgrounds = ["--color-bg", "--color-surface", "--color-surface-subtle", "--color-tint"];
const highlightBackgrounds = ["--color-warning-bg", "--color-error-bg", "--color-overdue-bg"];

const on = (foreground: string, backgrounds: string[], kind: ColourPair["kind"], where: string) =>
  backgrounds.map((background): ColourPair => ({ foreground, background, kind, where }));

export const colourPairs: ColourPair[] = [
  ...on("--color-text", [...pageBackgrounds, ...highlightBackgrounds], "text", "body text"),
  ...on("--color-muted", [...pageBackgrounds, "--color-error-bg"], "text", "hints, meta lines, the footer"),
  ...on("--color-brand", [...pageBackgrounds, ...highlightBackgrounds], "text", "links, secondary buttons"),
  ...on("--color-brand-dark", pageBackgrounds, "text", "hovered links, figures, the phone preview"),
  ...on("--color-accent", ["--color-bg", "--color-surface", "--color-overdue-bg"], "text", "field errors, alert badges"),
  ...on("--color-danger", ["--color-bg", "--color-surface"], "text", "danger buttons"),
  ...on("--color-on-brand", ["--color-brand", "--color-brand-dark"], "text", "primary buttons, the skip link"),
  ...on("--color-warning-text", ["--color-warning-bg"], "text", "demo notice and badges"),
  ...on("--color-error-text", ["--color-error-bg"], "text", "error notices"),
  ...on("--badge-info-text", ["--badge-info-bg"], "text", "optional and information badges"),
  ...on("--color-brand-dark", ["--color-selected"], "text", "a chosen answer among chips"),
  ...on("--color-focus", [...pageBackgrounds, ...highlightBackgrounds], "non-text", "the focus ring, outside the element"),
  ...on("--input-border", pageBackgrounds, "non-text", "borders of inputs, selects and text areas"),
  ...on("--color-accent", ["--color-bg"], "non-text", "the border of an invalid input"),
  ...on("--color-brand", pageBackgrounds, "non-text", "button borders"),
  ...on("--color-brand", ["--color-selected"], "non-text", "the border of a chosen chip"),
  ...on("--color-danger", ["--color-bg", "--color-surface"], "non-text", "danger button borders"),
];
