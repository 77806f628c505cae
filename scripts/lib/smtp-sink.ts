import { mkdir, rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in this process (tests, the test runner, benchmarks). It accepts every message, or answers with
 * an SMTP error such as 451 (try again later) or 550 (mailbox unavailable); with `saveTo`, each accepted message is
 * also written there as JSON for another process (the e2e tests) to read.
 */
export async function startSmtpSink(options: { port?: number; saveTo?: string; onAccept?: (mail: ParsedMail) => void } = {}) {
  const received: ParsedMail[] = [];
  let reply: { code: number; message: string } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    closeTimeout: 1_000,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (reply) {
            const error = Object.assign(new Error(reply.message), { responseCode: reply.code });
            return callback(error);
          }
          received.push(mail);
          options.onAccept?.(mail);
          const saved = options.saveTo ? saveAsJson(options.saveTo, `${Date.now()}-${received.length}`, mail) : Promise.resolve();
          saved.then(() => callback(), (error: Error) => callback(error));
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    answerWith(code: number, message: string) {
      reply = { code, message };
    },
    accept() {
      reply = null;
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
