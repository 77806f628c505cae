import { config } from "zod/mini";

// Building its first schema, Zod probes for eval with `new Function`. A page whose policy has no 'unsafe-eval'
// reports that probe as a violation even though Zod catches the error, so every schema here is built without it.
config({ jitless: true });

// Zod Mini's functions by name (its methods-free API is what lets a page ship only the checks it uses); never its `z`
// namespace object, which carries every function into the page.
export {
  _default,
  array,
  boolean,
  catch,
  coerce,
  config,
  email,
  enum,
  extend,
  int,
  iso,
  length,
  literal,
  lt,
  maxLength,
  maximum,
  minimum,
  minLength,
  NEVER,
  nullable,
  number,
  object,
  optional,
  overwrite,
  partialRecord,
  pipe,
  positive,
  prefault,
  record,
  refine,
  regex,
  strictObject,
  string,
  superRefine,
  transform,
  trim,
  union,
  url,
  uuid,
} from "zod/mini";
export { en as englishMessages } from "zod/locales";
export type { infer, input, output, ZodMiniOptional, ZodMiniType } from "zod/mini";
export type { $ZodError, $ZodLooseShape } from "zod/v4/core";
