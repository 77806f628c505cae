import * as z from "./zod";
import { slugParam } from "./query-params";

/** The page a visitor came from, carried to the consultation form in the query string. */
export const consultationContextSchema = z.object({ treatment: slugParam, clinic: slugParam, doctor: slugParam });

export type ConsultationContextInput = z.infer<typeof consultationContextSchema>;
