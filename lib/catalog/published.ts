/**
 * The where-clause of every public query for clinics and doctors: an unpublished one (README, "Unpublished items")
 * keeps its row for the leads that name it, but no page, list, count or form shows it.
 */
export const publishedOnly = { unpublishedAt: null } as const;
