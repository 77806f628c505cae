"use client";

import type { InputHTMLAttributes, ReactNode, Ref } from "react";

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
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field__error">
      {error}
    </p>
  ) : null;
}

/** Radio buttons as a labelled group; `inputProps(value)` wires each one (react-hook-form's register). */
export function RadioGroup<T extends string>({
  id,
  legend,
  options,
  label,
  error,
  inputProps,
}: {
  id: string;
  legend: ReactNode;
  options: readonly T[];
  label: (value: T) => ReactNode;
  error?: string;
  inputProps: (value: T) => InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((value) => (
        <label key={value} className="choice">
          <input type="radio" value={value} {...inputProps(value)} /> {label(value)}
        </label>
      ))}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
