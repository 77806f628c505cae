import { mkdir, rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in this process (tests, the test runner, benchmarks). It accepts every message, or answers with
 * an SMTP error such as 451 (try again later) or 550 (mailbox unavailable), or answers the final "." only after a
 * delay; `close()` makes it disappear and `startSmtpSink({ port })` brings it back on the same port. With `saveTo`,
 * each accepted message is also written there as JSON for another process (the e2e tests) to read.
 */
export async function startSmtpSink(options: { port?: number; saveTo?: string; onAccept?: (mail: ParsedMail) => void } = {}) {
  /** Accepted: the client was still connected when the server said 250. */
  const received: ParsedMail[] = [];
  /** Every message whose data arrived, answered or not: what a client that vanished before the reply had sent. */
  const seen: ParsedMail[] = [];
  const closedSessions = new Set<string>();
  let reply: { code: number; message: string } | null = null;
  let replyDelayMs = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    closeTimeout: 1_000,
    logger: false,
    onClose: (session) => closedSessions.add(session.id),
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          seen.push(mail);
          if (replyDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, replyDelayMs).unref());
          if (closedSessions.has(session.id)) return callback();
          if (reply) return callback(Object.assign(new Error(reply.message), { responseCode: reply.code }));
          received.push(mail);
          options.onAccept?.(mail);
          if (options.saveTo) await saveAsJson(options.saveTo, `${Date.now()}-${received.length}`, mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A client that resets its connection (a worker or a benchmark stopping mid-send) is an error of that session,
  // not of the sink: without a listener, Node would end the whole process on it.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    seen,
    answerWith(code: number, message: string) {
      reply = { code, message };
    },
    accept() {
      reply = null;
    },
    /** Answers the final "." of messages that arrive from now on after `ms` (0: at once). */
    replyAfter(ms: number) {
      replyDelayMs = ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Written under a temporary name and renamed, so a reader polling the folder never sees half a message. */
async function saveAsJson(directory: string, name: string, mail: ParsedMail) {
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${name}.json`);
  await writeFile(`${file}.partial`, JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html }));
  await rename(`${file}.partial`, file);
}
