"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { idle } from "@/lib/auth/action-state";

/**
 * A workspace form bound to its server action. The form posts without JavaScript too; with it, submission goes
 * through a transition instead of React's form action so a refused input keeps what the user typed (React resets
 * action forms after every submission). After success the form is cleared,
 * unless it shows saved values (settings).
 */
export function useStaffAction<State extends { result: string }>(
  action: (previous: State | typeof idle, form: FormData) => Promise<State>,
  { clearOnSuccess = true } = {},
) {
  const [state, dispatch, pending] = useActionState<State | typeof idle, FormData>(action, idle);
  const submitted = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (state.result === "done" && clearOnSuccess) submitted.current?.reset();
  }, [state, clearOnSuccess]);
  const formProps = {
    action: dispatch,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      submitted.current = event.currentTarget;
      // The button pressed is part of what the form sends (name and value), as it is when the browser posts the form.
      const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      startTransition(() => dispatch(data));
    },
  };
  return { state, formProps, pending };
}
