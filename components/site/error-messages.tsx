"use client";

import { createContext, useContext, type ReactNode } from "react";

export type ErrorMessages = { title: string; body: string; retry: string };

// English until the layout provides the visitor's language: an error boundary must render whatever failed.
const ErrorMessagesContext = createContext<ErrorMessages>({
  title: "Something went wrong",
  body: "The page could not be shown. Please try again in a moment.",
  retry: "Try again",
});

/**
 * The words of the error page, given by the server layout. Not next-intl's client provider: that ships the message
 * formatter to every page, for three plain sentences.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: ReactNode }) {
  return <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;
}

export const useErrorMessages = () => useContext(ErrorMessagesContext);
