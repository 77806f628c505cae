import type { Resolver } from "react-hook-form";
import type { ConsultationInput } from "@/lib/validation/consultation";

/**
 * What the form needs only once the visitor starts filling it: the schema (Zod and libphonenumber's metadata, about
 * 50 KB compressed) and the phone-number helpers. Loading them on first focus instead of with the page keeps them out
 * of the work a phone does before the form can be used. Each loads once; a failed load is tried again next time.
 */
const load = <T>(importer: () => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= importer().catch((error: unknown) => ((loading = undefined), Promise.reject(error))));
};

export const loadResolver = load(async () => {
  const [{ zodResolver }, { consultationSchema }] = await Promise.all([import("@hookform/resolvers/zod"), import("@/lib/validation/consultation")]);
  return zodResolver(consultationSchema) as Resolver<ConsultationInput>;
});

export const loadPhoneTools = load(() => import("./phone-tools"));
export type PhoneTools = Awaited<ReturnType<typeof loadPhoneTools>>;

/** react-hook-form's resolver, validating with the schema once it has loaded (at the latest, at the first check). */
export const consultationResolver: Resolver<ConsultationInput> = async (values, context, options) => (await loadResolver())(values, context, options);

export function loadFormTools() {
  void loadResolver().catch(() => undefined);
  void loadPhoneTools().catch(() => undefined);
}
