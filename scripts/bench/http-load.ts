import http from "node:http";

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Sends `requests` GETs with `concurrency` keep-alive connections; bounded in count, loopback only. */
export async function loadTest(url: string, requests: number, concurrency: number, headers: http.OutgoingHttpHeaders = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const get = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      http
        .get(url, { agent, headers: { "accept-encoding": "gzip", ...headers } }, (response) => {
          response.resume();
          response.on("end", () => {
            if (response.statusCode !== 200) errors += 1;
            latencies.push(performance.now() - started);
            resolve();
          });
        })
        .on("error", () => {
          errors += 1;
          resolve();
        });
    });
  const worker = async () => {
    while (next < requests) {
      next += 1;
      await get();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests, seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), errors };
}
