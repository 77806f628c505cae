import { spawn } from "node:child_process";

/** A second `npm start` server from the same build, on a free port, for tests that stop or misconfigure it. */
export function startProductionServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "-p", "0", "-H", "127.0.0.1"], {
    env: { ...process.env, ...env },
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const listening = new Promise<number>((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"msg":"Careport is listening"/.test(output) && /"port":(\d+)/.exec(output)?.[1];
      if (port) resolve(Number(port));
    };
    child.stdout.on("data", onOutput);
    child.stderr.on("data", onOutput);
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${output}`)));
  });
  // A test that expects the server to refuse to start never awaits `listening`.
  listening.catch(() => undefined);
  return { child, listening, exited, output: () => output };
}
