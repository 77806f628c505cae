import type { ReviewerSeed } from "./types";

// A fictional sample: no real doctor has reviewed this demo catalog, and every page that names her says so.
export const reviewers: ReviewerSeed[] = [
  {
    key: "ines-halvorsen",
    isFictionalSample: true,
    text: {
      en: { name: "Dr Ines Halvorsen", qualification: "MD, consultant in medical oncology" },
      ru: { name: "д-р Инес Халворсен", qualification: "доктор медицины, врач-онколог" },
      uk: { name: "д-р Інес Халворсен", qualification: "докторка медицини, лікарка-онколог" },
      de: { name: "Dr. Ines Halvorsen", qualification: "Fachärztin für Innere Medizin, Hämatologie und Onkologie" },
      ar: { name: "د. إينيس هالفورسن", qualification: "دكتوراه في الطب، استشارية في طب الأورام" },
    },
  },
];
