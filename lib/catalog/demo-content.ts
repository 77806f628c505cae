import "server-only";
import { db } from "@/lib/db";

/** Whether the catalog shows any fictional sample clinic or doctor; while it does, the site must say it is a demo. */
export async function demoContentPublished(): Promise<boolean> {
  const [clinic, doctor] = await Promise.all([
    db.clinic.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.doctor.findFirst({ where: { isDemo: true }, select: { id: true } }),
  ]);
  return Boolean(clinic ?? doctor);
}
