import { startBackgroundWork } from "../lib/jobs/background";

// `npm run worker`: the background work on its own, for deployments whose web instances set NOTIFICATION_WORKER=off.
// It reads the same environment as the app (DATABASE_URL, SMTP_URL …).
const stopWork = startBackgroundWork({ sendNotifications: true });
console.log("Careport worker: sending notifications and running periodic jobs. Stop with Ctrl+C.");
const shutdown = () => {
  stopWork();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
setInterval(() => {}, 1 << 30);
