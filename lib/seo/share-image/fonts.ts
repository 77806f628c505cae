import path from "node:path";
import { rtlLocales, type Locale } from "@/lib/i18n/locales";

export interface FontFace {
  file: string;
  /** A Pango family list: a glyph the first family lacks comes from the next. */
  families: string;
  weight: "Regular" | "Bold";
  /** Scales the face's own line height (Noto Sans Arabic's leaves room for marks stacked above and below). */
  lineHeight: number;
}

// TrueType files: the @fontsource packages ship only WOFF/WOFF2, which the FreeType inside sharp's libvips is not
// built to read. Resolved from the working directory, as a bundled module has no path of its own at run time.
const fontFile = (family: "noto-sans" | "noto-sans-arabic", file: string) =>
  path.join(process.cwd(), "node_modules", "@expo-google-fonts", family, file);

const latin = (weight: FontFace["weight"], file: string): FontFace => ({
  file: fontFile("noto-sans", file),
  families: "Noto Sans",
  weight,
  lineHeight: 0.9,
});
const arabic = (weight: FontFace["weight"], file: string): FontFace => ({
  file: fontFile("noto-sans-arabic", file),
  families: "Noto Sans Arabic, Noto Sans",
  weight,
  lineHeight: 0.75,
});

const faces = {
  latin: { regular: latin("Regular", "400Regular/NotoSans_400Regular.ttf"), bold: latin("Bold", "700Bold/NotoSans_700Bold.ttf") },
  arabic: {
    regular: arabic("Regular", "400Regular/NotoSansArabic_400Regular.ttf"),
    bold: arabic("Bold", "700Bold/NotoSansArabic_700Bold.ttf"),
  },
};

/** Noto Sans covers Latin and Cyrillic (en, de, ru, uk); Noto Sans Arabic covers Arabic and Latin. */
export function fontsFor(locale: Locale) {
  return rtlLocales.includes(locale) ? faces.arabic : faces.latin;
}

export const brandFont = faces.latin.bold;
export const allFontFaces: FontFace[] = [...Object.values(faces.latin), ...Object.values(faces.arabic)];
