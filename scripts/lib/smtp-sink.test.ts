import net from "node:net";
import nodemailer from "nodemailer";
import { afterEach, expect, it } from "vitest";
import { startSmtpSink } from "./smtp-sink";

let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
afterEach(() => sink?.close());

it("keeps running when a client resets its connection mid-message, and accepts the next one", async () => {
  sink = await startSmtpSink();
  const socket = net.connect(sink.port, "127.0.0.1");
  await new Promise((resolve) => socket.once("data", resolve));
  socket.write("EHLO test\r\nMAIL FROM:<a@careport.test>\r\nRCPT TO:<b@careport.test>\r\nDATA\r\n");
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.resetAndDestroy();
  await new Promise((resolve) => setTimeout(resolve, 100));

  const transport = nodemailer.createTransport({ url: sink.url });
  await transport.sendMail({ from: "a@careport.test", to: "b@careport.test", subject: "after the reset", text: "still here" });
  expect(sink.received.map((mail) => mail.subject)).toEqual(["after the reset"]);
});
