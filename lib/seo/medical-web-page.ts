interface PageReviewer {
  name: string;
  qualification: string;
  isFictionalSample: boolean;
}

/**
 * schema.org data for a reviewed catalog page: a MedicalWebPage about the condition or procedure, with when and by whom
 * it was reviewed. A fictional sample reviewer is shown to visitors with its label, but never claimed to search engines.
 */
export function medicalWebPage(options: {
  url: string;
  about: Record<string, unknown>;
  reviewedOn: Date;
  reviewer: PageReviewer | null;
}) {
  const { url, about, reviewedOn, reviewer } = options;
  return {
    "@type": "MedicalWebPage",
    url,
    about,
    lastReviewed: reviewedOn.toISOString().slice(0, 10),
    ...(reviewer && !reviewer.isFictionalSample
      ? { reviewedBy: { "@type": "Person", name: reviewer.name, jobTitle: reviewer.qualification } }
      : {}),
  };
}
