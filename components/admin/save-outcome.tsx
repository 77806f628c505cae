"use client";

import { useEffect, useRef } from "react";
import type { StaffActionState } from "@/lib/auth/action-state";
import { ActionOutcome } from "./action-outcome";
import { noticeClassName } from "@/components/ui/notice";

/**
 * What a form that saves settings answered: "saved", or its first problem. Focused when the answer changes, so a
 * screen reader says it and the page shows it.
 */
export function SaveOutcome({ state, saved, id }: { state: { result: string; fields?: Record<string, string> }; saved: string; id: string }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.result !== "idle") notice.current?.focus();
  }, [state]);
  return (
    <div tabIndex={-1} ref={notice}>
      {state.result === "done" ? (
        <p className={noticeClassName("info")} role="status">
          {saved}
        </p>
      ) : (
        <ActionOutcome state={state.fields ? { result: "invalid" } : (state as StaffActionState)} id={id} />
      )}
    </div>
  );
}
