-- CreateEnum
CREATE TYPE "PriceUnit" AS ENUM ('OPERATION', 'PROCEDURE', 'COURSE', 'CYCLE', 'SESSION', 'PACKAGE');

-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "reviewerId" TEXT,
ADD COLUMN     "serviceFeeCurrency" CHAR(3),
ADD COLUMN     "serviceFeeMax" DECIMAL(12,2),
ADD COLUMN     "serviceFeeMin" DECIMAL(12,2);

-- AlterTable
ALTER TABLE "ClinicTreatment" ADD COLUMN     "priceUnit" "PriceUnit";

-- AlterTable
ALTER TABLE "Condition" ADD COLUMN     "reviewerId" TEXT;

-- AlterTable
ALTER TABLE "Doctor" ADD COLUMN     "reviewerId" TEXT;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "upTo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "year" INTEGER;

-- AlterTable
ALTER TABLE "Treatment" ADD COLUMN     "reviewerId" TEXT;

-- CreateTable
CREATE TABLE "MedicalReviewer" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "isFictionalSample" BOOLEAN NOT NULL,
    "userId" TEXT,

    CONSTRAINT "MedicalReviewer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedicalReviewerTranslation" (
    "reviewerId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "qualification" TEXT NOT NULL,

    CONSTRAINT "MedicalReviewerTranslation_pkey" PRIMARY KEY ("reviewerId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "MedicalReviewer_key_key" ON "MedicalReviewer"("key");

-- CreateIndex
CREATE UNIQUE INDEX "MedicalReviewer_userId_key" ON "MedicalReviewer"("userId");

-- AddForeignKey
ALTER TABLE "MedicalReviewer" ADD CONSTRAINT "MedicalReviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedicalReviewerTranslation" ADD CONSTRAINT "MedicalReviewerTranslation_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "MedicalReviewer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Condition" ADD CONSTRAINT "Condition_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "MedicalReviewer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Treatment" ADD CONSTRAINT "Treatment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "MedicalReviewer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "MedicalReviewer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doctor" ADD CONSTRAINT "Doctor_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "MedicalReviewer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
