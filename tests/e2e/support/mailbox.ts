import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface CapturedMail {
  to: { text: string };
  subject: string;
  text: string;
  html: string;
}

/** Waits for a message the app sent to the test SMTP server (`npm test` saves each one in E2E_MAIL_DIR). */
export async function waitForMail(matches: (mail: CapturedMail) => boolean, timeoutMs = 15_000): Promise<CapturedMail> {
  const directory = process.env.E2E_MAIL_DIR;
  if (!directory) throw new Error("E2E_MAIL_DIR is not set: run the e2e tests through `npm test`.");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of (await readdir(directory).catch(() => [])).filter((name) => name.endsWith(".json"))) {
      const mail = JSON.parse(await readFile(path.join(directory, file), "utf8")) as CapturedMail;
      if (matches(mail)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No matching email arrived within ${timeoutMs} ms`);
}
