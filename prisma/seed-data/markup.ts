import type { FigureSeed, Localized } from "./types";

// Builders for the catalog's text markup (see types.ts): blocks separated by a blank line, "- " and "1. " lists.
export const blocks = (...parts: string[]): string => parts.join("\n\n");
export const bullets = (...items: string[]): string => items.map((item) => `- ${item}`).join("\n");
export const numbered = (...items: string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join("\n");

/** Figure texts for several figures measured in the same population. */
export const figureTextFor =
  (population: Localized<string>) =>
  (label: Localized<string>): FigureSeed["text"] => ({
    en: { label: label.en, population: population.en },
    ru: { label: label.ru, population: population.ru },
    uk: { label: label.uk, population: population.uk },
    de: { label: label.de, population: population.de },
    ar: { label: label.ar, population: population.ar },
  });
