import { liverMetastases } from "./condition-liver-metastases";
import { clinics } from "./clinics";
import { doctors } from "./doctors";
import { recordTypes } from "./record-types";
import { reviewers } from "./reviewers";
import { sources } from "./sources";
import { chemotherapy } from "./treatments/chemotherapy";
import { cryoablation } from "./treatments/cryoablation";
import { immunotherapy } from "./treatments/immunotherapy";
import { irreversibleElectroporation } from "./treatments/irreversible-electroporation";
import { liverTransplantation } from "./treatments/liver-transplantation";
import { palliativeCare } from "./treatments/palliative-care";
import { stereotacticRadiosurgery } from "./treatments/stereotactic-radiosurgery";
import { surgicalResection } from "./treatments/surgical-resection";
import { taceChemoembolization } from "./treatments/tace-chemoembolization";
import { targetedTherapy } from "./treatments/targeted-therapy";
import { thermalAblation } from "./treatments/thermal-ablation";
import { y90Radioembolization } from "./treatments/y90-radioembolization";

export const catalogSeed = {
  sources,
  reviewers,
  recordTypes,
  conditions: [liverMetastases],
  treatments: [
    surgicalResection,
    liverTransplantation,
    taceChemoembolization,
    y90Radioembolization,
    stereotacticRadiosurgery,
    thermalAblation,
    cryoablation,
    irreversibleElectroporation,
    chemotherapy,
    targetedTherapy,
    immunotherapy,
    palliativeCare,
  ],
  clinics,
  doctors,
};

export type CatalogSeed = typeof catalogSeed;
