import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/**
 * `next build`, then the production server (`npm start`'s) on 127.0.0.1:port, resolved once `readyPath` answers
 * 200. The benchmark stands in for a reverse proxy (TRUSTED_PROXIES=127.0.0.1), so it can send as many clients.
 */
export async function buildAndStartNext(port: number, readyPath = "/en"): Promise<ChildProcess> {
  console.log("Building (next build) …");
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"] }).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    ),
  );
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, TRUSTED_PROXIES: "127.0.0.1" },
  });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (await fetch(`http://127.0.0.1:${port}${readyPath}`).then((response) => response.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error("The production server did not answer");
}
