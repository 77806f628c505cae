/** The size Open Graph and X (Twitter) recommend for a large preview: 1.91:1. */
export const shareImageSize = { width: 1200, height: 630 } as const;
export const shareImageType = "image/png";
