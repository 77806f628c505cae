import type { ReactNode } from "react";

/**
 * The `<ltr>` tag of a message (`t.rich`): a phone number, email or reference reads left to right inside right-to-left
 * text, isolated so the sentence around it keeps the page's direction.
 */
export const leftToRight = (chunks: ReactNode) => <bdi dir="ltr">{chunks}</bdi>;
