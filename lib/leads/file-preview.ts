/** Only these open in the browser (a preview); everything else is always a download. */
const previewable = new Set<string>(["pdf", "jpeg", "png", "webp"]);

export const canPreview = (detectedType: string) => previewable.has(detectedType);
