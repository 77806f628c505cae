import type { ClinicContent } from "@/lib/validation/catalog-content/clinics";
import type { DoctorContent } from "@/lib/validation/catalog-content/doctors";

// A new item starts with its English text and required facts empty: the editor's check names each until filled, and
// who reviewed it is chosen, never assumed.
const review = { reviewedOn: "", reviewedBy: "" };

export const blankClinic = (): ClinicContent => ({
  slug: "",
  countryCode: "",
  isDemo: false,
  accreditations: [],
  languages: ["en"],
  serviceFeeModel: "CLINIC_COMMISSION",
  ...review,
  offers: [],
  text: { en: { name: "", city: "", summary: "", metaDescription: "", description: "" } },
});

export const blankDoctor = (): DoctorContent => ({
  slug: "",
  specialty: "hepatobiliary-surgery",
  languages: ["en"],
  yearsOfExperience: 0,
  isDemo: false,
  ...review,
  clinics: [],
  treatments: [],
  text: { en: { name: "", title: "", metaDescription: "", bio: "" } },
});
