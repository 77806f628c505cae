import * as z from "../zod";
import { contentKey, line, localized } from "./fields";

export const figureUnits = ["PERCENT", "MONTHS", "YEARS", "PATIENTS", "COUNT", "MILLIMETERS", "HOURS", "DAYS"] as const;

const upToInLabel = /\((up to|до|bis zu|حتى)\)/i;

export const figureContentSchema = z
  .strictObject({
    key: contentKey,
    value: z.number(),
    valueMax: z.optional(z.number()),
    /** The source gives a best case ("up to 74 %"): shown beside the number, not written into the label. */
    upTo: z.optional(z.literal(true)),
    unit: z.enum(figureUnits),
    source: contentKey,
    text: localized({
      label: line(200).check(z.refine((label) => !upToInLabel.test(label), "say “up to” with upTo, not in the label")),
      population: line(400),
    }),
  })
  .check(
    z.refine((figure) => figure.valueMax === undefined || figure.valueMax >= figure.value, {
      message: "valueMax below value",
      path: ["valueMax"],
    }),
  );

export type FigureContent = z.infer<typeof figureContentSchema>;
