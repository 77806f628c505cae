import type { ReactNode } from "react";
import { RichText } from "./rich-text";
import styles from "./content-section.module.css";

export function ContentSection({ id, title, text, children }: { id: string; title: string; text?: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>{title}</h2>
      {text && <RichText text={text} />}
      {children}
    </section>
  );
}

export function TableOfContents({ title, items }: { title: string; items: { id: string; title: string }[] }) {
  return (
    <nav aria-label={title} className={styles.toc}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
