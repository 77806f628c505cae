/**
 * The brand's colours as app/tokens.css declares them (light scheme), for what CSS does not reach: share images,
 * app icons and the web manifest. brand-colours.test.ts holds them equal to the tokens.
 */
export const brandColours = {
  brand: "#0b5f73", // --color-brand
  brandDark: "#08485a", // --color-brand-dark
  onBrand: "#ffffff", // --color-on-brand
  tint: "#e8f3f6", // --color-tint
  background: "#ffffff", // --color-bg
} as const;

/** The page background of the dark scheme (--color-bg in its media query): the browser's bar blends with the header. */
export const darkBackground = "#10161d";
