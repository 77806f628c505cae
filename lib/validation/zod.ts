import { z } from "zod";

// Building its first schema, Zod probes for eval with `new Function`. A page whose policy has no 'unsafe-eval'
// reports that probe as a violation even though Zod catches the error, so every schema here is built without it.
z.config({ jitless: true });

export { z };
