import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";

/** A form's submit button: disabled and marked busy while its action runs, so one click sends one request. */
export function SubmitButton({ pending, variant, children }: { pending: boolean; variant?: "primary" | "danger"; children: ReactNode }) {
  return (
    <button type="submit" className={buttonClassName(variant)} disabled={pending} aria-busy={pending}>
      {children}
    </button>
  );
}
