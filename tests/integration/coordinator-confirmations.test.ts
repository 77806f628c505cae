import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resendNotification } from "@/lib/leads/notification-resend";
import { restoreQuarantinedLead } from "@/lib/leads/quarantine";
import { createTestLead } from "@/tests/factories/lead";
import { createStaff } from "@/tests/factories/staff";

const confirmationOf = (leadId: string) =>
  db.notification.findMany({ where: { leadId, kind: "PATIENT_CONFIRMATION" }, orderBy: { createdAt: "asc" } });
const uniqueEmail = () => `patient-${randomUUID().slice(0, 8)}@example.com`;

describe("confirmations a coordinator asks for", () => {
  it("restoring a quarantined lead queues the confirmation past the daily cap, and does not count towards it", async () => {
    const { user } = await createStaff();
    const email = uniqueEmail();
    const early = await createTestLead({ email, spam: true });
    expect(await restoreQuarantinedLead(user.id, { leadId: early.id })).toBe("done");
    const requests = [];
    for (let index = 0; index < 4; index += 1) requests.push(await createTestLead({ email }));
    const late = await createTestLead({ email, spam: true });
    expect(await restoreQuarantinedLead(user.id, { leadId: late.id })).toBe("done");

    const statuses = async (leadId: string) => (await confirmationOf(leadId)).map((n) => n.status);
    expect(await statuses(early.id)).toEqual(["PENDING"]);
    expect(await Promise.all(requests.map((lead) => statuses(lead.id)))).toEqual([["PENDING"], ["PENDING"], ["PENDING"], ["FAILED"]]);
    expect(await statuses(late.id)).toEqual(["PENDING"]);
  });

  it("resending a capped confirmation queues it, and the cap still holds for the next request", async () => {
    const { user } = await createStaff();
    const email = uniqueEmail();
    for (let index = 0; index < 3; index += 1) await createTestLead({ email });
    const capped = await createTestLead({ email });
    const [failed] = await confirmationOf(capped.id);
    expect(failed).toMatchObject({ status: "FAILED" });

    expect(await resendNotification(user.id, { notificationId: failed!.id })).toBe("done");
    expect((await confirmationOf(capped.id)).map(({ status, recipients }) => ({ status, recipients }))).toEqual([
      { status: "FAILED", recipients: [] },
      { status: "PENDING", recipients: [] },
    ]);
    const next = await createTestLead({ email });
    expect((await confirmationOf(next.id)).map((n) => n.status)).toEqual(["FAILED"]);
  });
});
