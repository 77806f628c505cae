"use client";

import { useActionState } from "react";
import { signOut } from "@/lib/auth/actions";
import { idle, type FormState } from "@/lib/auth/action-state";
import { buttonClassName } from "@/components/ui/button";

/** Sign-out is a POST, never a link; it works before the page has hydrated too. */
export function SignOutForm({ locale, label }: { locale: string; label: string }) {
  const [, dispatch] = useActionState<FormState<never>, FormData>(signOut, idle);
  return (
    <form action={dispatch}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={buttonClassName()}>
        {label}
      </button>
    </form>
  );
}
