import nodemailer from "nodemailer";
import { startSmtpSink } from "/work/main/scripts/lib/smtp-sink";
const sink = await startSmtpSink();
for (const pool of [false, true]) {
  const t = nodemailer.createTransport(sink.url + (pool ? "?pool=true" : ""));
  const times: number[] = [];
  for (let i = 0; i < 10; i++) { const b = performance.now(); await t.sendMail({ from: "a@b.test", to: "c@d.test", subject: "x", text: "y" }); times.push(performance.now() - b); }
  console.log(pool, times.map((n) => n.toFixed(0)).join(" "));
  t.close();
}
const { SMTPServer } = await import("smtp-server");
const raw = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], logger: false, onData(s, _x, cb) { s.resume(); s.on("end", () => cb()); } });
await new Promise<void>((r) => raw.listen(0, "127.0.0.1", r));
const port = (raw.server.address() as any).port;
const t2 = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);
const times: number[] = [];
for (let i = 0; i < 10; i++) { const b = performance.now(); await t2.sendMail({ from: "a@b.test", to: "c@d.test", subject: "x", text: "y" }); times.push(performance.now() - b); }
console.log("raw", times.map((n) => n.toFixed(0)).join(" "));
process.exit(0);
