// The part of autocannon's API the benchmarks use (it ships no types; see its README, "API").
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }

  interface Options extends Request {
    url: string;
    connections?: number;
    amount?: number;
    timeout?: number;
    requests?: (Request & { setupRequest?: (request: Request) => Request })[];
  }

  interface Result {
    errors: number;
    timeouts: number;
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void): this;
  }

  export default function autocannon(options: Options): Instance;
}
