"use client";

import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import styles from "./choices.module.css";
import field from "@/components/forms/field.module.css";
import text from "@/components/ui/text.module.css";

/** A labelled form control with its hint and error, wired for screen readers (aria-describedby/-invalid). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={field.field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={text.hint}>
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={`${id}-error`} className={field.error}>
          {error}
        </p>
      )}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className={field.error}>
      {error}
    </p>
  ) : null;
}

/** A checkbox or radio button inside its label, the whole row a tap target. */
export function Choice({ children }: { children: ReactNode }) {
  return <label className={styles.choice}>{children}</label>;
}

/**
 * Radio buttons as a labelled group; `inputProps(value)` wires each one (react-hook-form's register). A required
 * group marks each button required, which assistive technology announces; `layout="chips"` for short answers.
 */
export function RadioGroup<T extends string>({
  id,
  legend,
  options,
  label,
  error,
  required = false,
  layout = "rows",
  inputProps,
}: {
  id: string;
  legend: ReactNode;
  options: readonly T[];
  label: (value: T) => ReactNode;
  error?: string;
  required?: boolean;
  layout?: "rows" | "chips";
  inputProps: (value: T) => InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  return (
    <fieldset
      id={id}
      role="radiogroup"
      className={`${styles.group} ${layout === "chips" ? styles.chips : ""}`}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-required={required || undefined}
      aria-invalid={Boolean(error)}
    >
      <legend>{legend}</legend>
      <div className={styles.options}>
        {options.map((value) => (
          <Choice key={value}>
            <input type="radio" value={value} required={required} {...inputProps(value)} /> {label(value)}
          </Choice>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
