import autocannon from "autocannon";

export interface LoadResult {
  requests: number;
  /** Requests per second over the whole run. */
  rate: number;
  p50: number;
  p95: number;
  /** Answers with another status than expected, plus connection errors and timeouts. */
  errors: number;
}

export interface Load {
  url: string;
  requests: number;
  connections: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  expectStatus?: number;
  /** Headers and body for each request, where every request must differ (ids, client addresses). */
  eachRequest?: () => { headers: Record<string, string>; body: string | Buffer };
}

/** What to load, without how much. */
export type LoadTarget = Omit<Load, "requests" | "connections">;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/** Sends `requests` requests over `connections` keep-alive connections with autocannon, timing every answer. */
export async function loadTest(load: Load): Promise<LoadResult> {
  const { url, requests, connections, method = "GET", headers = {}, expectStatus = 200, eachRequest } = load;
  const latencies: number[] = [];
  let unexpected = 0;
  const started = performance.now();
  const instance = autocannon({
    url,
    connections,
    amount: requests,
    method,
    headers: { "accept-encoding": "gzip", ...headers },
    ...(eachRequest && {
      requests: [{ setupRequest: (request) => {
        const next = eachRequest();
        return { ...request, headers: { ...request.headers, ...next.headers }, body: next.body };
      } }],
    }),
  });
  let lastAnswerAt = started;
  // autocannon's summary has no 95th percentile, and it ends on its next one-second tick, long after the last answer
  // of a short run: the times and the rate come from the answers themselves.
  instance.on("response", (_client, statusCode, _bytes, milliseconds) => {
    latencies.push(milliseconds);
    lastAnswerAt = performance.now();
    if (statusCode !== expectStatus) unexpected += 1;
  });
  const result = await instance;
  const seconds = (lastAnswerAt - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    errors: unexpected + result.errors,
  };
}
