"use client";

import { buttonClassName } from "@/components/ui/button";
import layout from "@/components/ui/layout.module.css";
import { useErrorMessages } from "@/components/site/error-messages";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const messages = useErrorMessages();
  return (
    <div className={`${layout.page} ${layout.narrow}`} role="alert">
      <h1>{messages.title}</h1>
      <p>{messages.body}</p>
      <button type="button" className={buttonClassName("primary")} onClick={reset}>
        {messages.retry}
      </button>
    </div>
  );
}
