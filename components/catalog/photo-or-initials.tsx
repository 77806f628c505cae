import type { CatalogPhoto } from "@/lib/catalog/photo";
import { initials } from "./initials";
import styles from "./photo-or-initials.module.css";

const pixels = { card: 48, header: 56 } as const;

/**
 * A clinic's or doctor's photo when it has one, else its initials on a tint: a placeholder that cannot be taken for a
 * photo. Either way the heading beside it names the subject, so the placeholder (and a photo without alt text in this
 * locale) is decorative.
 */
export function PhotoOrInitials({
  photo,
  name,
  shape,
  size,
}: {
  photo: CatalogPhoto | null;
  name: string;
  shape: "round" | "square";
  size: keyof typeof pixels;
}) {
  const className = `${styles.frame} ${styles[shape]} ${styles[size]}`;
  if (photo) {
    return (
      // A plain <img>: next/image's component would ship client JavaScript to every catalog page, and a photo is
      // stored at the size it is shown at (README, "Photos"), so there is nothing for its optimizer to do.
      // eslint-disable-next-line @next/next/no-img-element -- see above
      <img
        src={photo.url}
        width={photo.width}
        height={photo.height}
        alt={photo.alt}
        className={className}
        loading={size === "header" ? "eager" : "lazy"}
        decoding="async"
      />
    );
  }
  return (
    <svg className={className} width={pixels[size]} height={pixels[size]} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <text x="50" y="50" textAnchor="middle" dominantBaseline="central">
        {initials(name)}
      </text>
    </svg>
  );
}
