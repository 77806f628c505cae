-- AlterTable
ALTER TABLE "ClinicTranslation" ADD COLUMN     "translatedFrom" JSONB;

-- AlterTable
ALTER TABLE "ClinicTreatmentTranslation" ADD COLUMN     "translatedFrom" JSONB;

-- AlterTable
ALTER TABLE "DoctorTranslation" ADD COLUMN     "translatedFrom" JSONB;
