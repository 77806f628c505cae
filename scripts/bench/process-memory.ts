import { readFile, readdir } from "node:fs/promises";

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
export async function treeRss(rootPid: number): Promise<number> {
  const children = new Map<number, number[]>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const visit = async (pid: number) => {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    total += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
    for (const child of children.get(pid) ?? []) await visit(child);
  };
  await visit(rootPid);
  return total;
}

/** Samples `treeRss` every `everyMs` until stopped; returns the peak. */
export function sampleRss(rootPid: number, everyMs = 25) {
  let peak = 0;
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      peak = Math.max(peak, await treeRss(rootPid));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    stopped = true;
    await done;
    return peak;
  };
}
