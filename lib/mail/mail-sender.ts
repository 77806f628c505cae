import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Set by the outbox so that every attempt at one notification carries the same Message-ID. */
  messageId?: string;
}

export interface MailSender {
  /** Resolves with the server's response line; rejects with nodemailer's error (responseCode for SMTP replies). */
  send(mail: OutgoingMail): Promise<string>;
  /** Closes pooled connections (a long-running process never needs to). */
  close(): void;
}

/** One way to send mail: SMTP when configured, otherwise (development) .eml files a developer can open. */
export function createMailSender(options: { smtpUrl?: string; from: string; captureDir: string }): MailSender {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    // Reaching a server is quick or it is down; but once it has the message it may take up to 10 minutes to answer
    // the final "." (RFC 5321 §4.5.3.2.6), and giving up sooner would send the message twice.
    url.searchParams.set("connectionTimeout", "10000");
    url.searchParams.set("greetingTimeout", "10000");
    url.searchParams.set("socketTimeout", String(10 * 60_000));
    // Connections are reused: a burst of leads must not pay a TCP and SMTP handshake per message.
    if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
    const transport = nodemailer.createTransport(url.toString());
    return {
      async send(mail) {
        const info = await transport.sendMail({ from: options.from, ...mail });
        return info.response;
      },
      close: () => transport.close(),
    };
  }
  const capture = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await capture.sendMail({ from: options.from, ...mail });
      await mkdir(options.captureDir, { recursive: true });
      const file = path.join(options.captureDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, info.message as Buffer);
      return `captured to ${file}`;
    },
    close: () => capture.close(),
  };
}

/** SMTP 5xx replies are permanent; connection failures, timeouts and 4xx replies are worth retrying. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500;
}

/** No SMTP reply at all (refused, reset, timed out) or 421 "service not available": the server, not this message. */
export function isServerUnavailable(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return code === undefined || code === 421;
}
