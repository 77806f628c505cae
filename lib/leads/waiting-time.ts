/** How long a lead waited for its first contact: still running while it is new, stopped once contacted. */
export function waitingTime(lead: { createdAt: Date; respondBy: Date; firstContactedAt: Date | null; status: string }, now = new Date()) {
  const end = lead.firstContactedAt ?? now;
  const minutes = Math.max(0, Math.floor((end.getTime() - lead.createdAt.getTime()) / 60_000));
  const running = !lead.firstContactedAt && lead.status === "NEW";
  return {
    running,
    overdue: running ? now > lead.respondBy : Boolean(lead.firstContactedAt && lead.firstContactedAt > lead.respondBy),
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}
