import "server-only";
import { db } from "@/lib/db";
import { publishedOnly } from "./published";

/** Whether the catalog shows any fictional sample clinic or doctor; while it does, the site must say it is a demo. */
export async function demoContentPublished(): Promise<boolean> {
  const [clinic, doctor] = await Promise.all([
    db.clinic.findFirst({ where: { isDemo: true, ...publishedOnly }, select: { id: true } }),
    db.doctor.findFirst({ where: { isDemo: true, ...publishedOnly }, select: { id: true } }),
  ]);
  return Boolean(clinic ?? doctor);
}
