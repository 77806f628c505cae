import type { ReactNode } from "react";

/** A form's submit button: disabled and marked busy while its action runs, so one click sends one request. */
export function SubmitButton({ pending, variant, children }: { pending: boolean; variant?: "primary" | "danger"; children: ReactNode }) {
  return (
    <button type="submit" className={variant ? `button button--${variant}` : "button"} disabled={pending} aria-busy={pending}>
      {children}
    </button>
  );
}
