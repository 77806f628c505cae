import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createMailSender } from "./mail-sender";

/** The app's one mail sender, configured from the environment. */
export const mailer = createMailSender({
  smtpUrl: env.SMTP_URL,
  from: env.MAIL_FROM,
  captureDir: path.resolve(env.MAIL_CAPTURE_DIR),
});
