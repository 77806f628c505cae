/**
 * The families a treatment's illustration stands for. Keyed by slug (slugs are stable and shared by every locale)
 * until catalog editing gives a treatment a family of its own.
 */
export type TreatmentFamily = "surgery" | "transplant" | "catheter" | "radiation" | "ablation" | "drug" | "palliative";

const familyBySlug: Record<string, TreatmentFamily> = {
  "surgical-resection": "surgery",
  "liver-transplantation": "transplant",
  "tace-chemoembolization": "catheter",
  "y90-radioembolization": "catheter",
  "stereotactic-radiosurgery": "radiation",
  "thermal-ablation": "ablation",
  cryoablation: "ablation",
  "irreversible-electroporation": "ablation",
  chemotherapy: "drug",
  "targeted-therapy": "drug",
  immunotherapy: "drug",
  "palliative-care": "palliative",
};

export const treatmentFamily = (slug: string): TreatmentFamily | undefined => familyBySlug[slug];
