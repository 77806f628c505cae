/** A clinic's or doctor's photo as stored (README, "Photos"); null until one is uploaded. */
export interface CatalogPhoto {
  url: string;
  width: number;
  height: number;
  /** "" when the locale has no alt text: the photo is then decorative, the heading beside it names its subject. */
  alt: string;
}

interface PhotoColumns {
  photoUrl: string | null;
  photoWidth: number | null;
  photoHeight: number | null;
}

export function toPhoto(row: PhotoColumns, text: { photoAlt: string | null }): CatalogPhoto | null {
  // The database holds the three together or none of them (a CHECK constraint); this only narrows the types.
  if (!row.photoUrl || !row.photoWidth || !row.photoHeight) return null;
  return { url: row.photoUrl, width: row.photoWidth, height: row.photoHeight, alt: text.photoAlt ?? "" };
}
