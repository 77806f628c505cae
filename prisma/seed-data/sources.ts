import type { SourceSeed } from "./types";

// The seed documents this catalog's figures come from. None of them is a peer-reviewed guideline: the site says so.
export const sources: SourceSeed[] = [
  {
    key: "tace-gastric-abstract",
    title: "Trans-arterial chemoembolization for liver metastases of gastric cancer: 60 patients treated 2008–2020",
    publisher: "Conference abstract for physicians",
    kind: "study_abstract",
  },
  {
    key: "humanitas-liver-metastases",
    title: "Liver metastases (patient information page)",
    publisher: "Humanitas (clinic website)",
    kind: "provider_page",
  },
  {
    key: "lyadov-radioembolization",
    title: "Radioembolization for liver cancer (patient information page)",
    publisher: "Lyadov Clinic (clinic website)",
    kind: "provider_page",
  },
  {
    key: "medtour-liver-metastasis",
    title: "Liver metastasis (patient information page)",
    publisher: "MedTour (medical-tourism platform)",
    kind: "provider_page",
  },
  {
    key: "marus-liver-metastases",
    title: "Liver metastases: treatment in Russia and cost (patient information page)",
    publisher: "MARUS (medical-tourism platform)",
    kind: "provider_page",
  },
];
