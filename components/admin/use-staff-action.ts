"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { StaffActionState } from "@/lib/auth/perform-staff-action";

const idle: StaffActionState = { result: "idle" };

/**
 * A workspace form bound to its server action. The form posts without JavaScript too; with it, submission goes
 * through a transition instead of React's form action so a refused input keeps what the user typed (React resets
 * action forms after every submission). After success the form is cleared,
 * unless it shows saved values (settings).
 */
export function useStaffAction(
  action: (previous: StaffActionState, form: FormData) => Promise<StaffActionState>,
  { clearOnSuccess = true } = {},
) {
  const [state, dispatch, pending] = useActionState(action, idle);
  const submitted = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (state.result === "done" && clearOnSuccess) submitted.current?.reset();
  }, [state, clearOnSuccess]);
  const formProps = {
    action: dispatch,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      submitted.current = event.currentTarget;
      const data = new FormData(event.currentTarget);
      startTransition(() => dispatch(data));
    },
  };
  return { state, formProps, pending };
}
