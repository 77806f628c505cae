-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'ru', 'uk', 'de', 'ar');

-- CreateEnum
CREATE TYPE "ServiceFeeModel" AS ENUM ('CLINIC_COMMISSION', 'PATIENT_SERVICE_FEE', 'NO_FEE');

-- CreateEnum
CREATE TYPE "FigureUnit" AS ENUM ('PERCENT', 'MONTHS', 'YEARS', 'PATIENTS', 'COUNT', 'MILLIMETERS', 'HOURS', 'DAYS');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Condition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConditionTranslation" (
    "conditionId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "metaDescription" TEXT NOT NULL,
    "overview" TEXT NOT NULL,
    "causes" TEXT NOT NULL,
    "symptoms" TEXT NOT NULL,
    "diagnosis" TEXT NOT NULL,
    "prognosis" TEXT NOT NULL,

    CONSTRAINT "ConditionTranslation_pkey" PRIMARY KEY ("conditionId","locale")
);

-- CreateTable
CREATE TABLE "Treatment" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Treatment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentTranslation" (
    "treatmentId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "metaDescription" TEXT NOT NULL,
    "howItWorks" TEXT NOT NULL,
    "whoItIsFor" TEXT NOT NULL,
    "steps" TEXT NOT NULL,
    "preparation" TEXT NOT NULL,
    "recovery" TEXT NOT NULL,
    "risks" TEXT NOT NULL,

    CONSTRAINT "TreatmentTranslation_pkey" PRIMARY KEY ("treatmentId","locale")
);

-- CreateTable
CREATE TABLE "ConditionTreatment" (
    "conditionId" TEXT NOT NULL,
    "treatmentId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConditionTreatment_pkey" PRIMARY KEY ("conditionId","treatmentId")
);

-- CreateTable
CREATE TABLE "RecordType" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RecordType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordTypeTranslation" (
    "recordTypeId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "RecordTypeTranslation_pkey" PRIMARY KEY ("recordTypeId","locale")
);

-- CreateTable
CREATE TABLE "TreatmentRecord" (
    "treatmentId" TEXT NOT NULL,
    "recordTypeId" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TreatmentRecord_pkey" PRIMARY KEY ("treatmentId","recordTypeId")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "valueMax" DOUBLE PRECISION,
    "unit" "FigureUnit" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "conditionId" TEXT,
    "treatmentId" TEXT,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureTranslation" (
    "figureId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "label" TEXT NOT NULL,
    "population" TEXT NOT NULL,

    CONSTRAINT "FigureTranslation_pkey" PRIMARY KEY ("figureId","locale")
);

-- CreateTable
CREATE TABLE "Clinic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT true,
    "accreditations" TEXT[],
    "languages" TEXT[],
    "serviceFeeModel" "ServiceFeeModel" NOT NULL,
    "foundedYear" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "reviewedOn" DATE NOT NULL,

    CONSTRAINT "Clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicTranslation" (
    "clinicId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "metaDescription" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "ClinicTranslation_pkey" PRIMARY KEY ("clinicId","locale")
);

-- CreateTable
CREATE TABLE "ClinicTreatment" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "treatmentId" TEXT NOT NULL,
    "priceFrom" DECIMAL(12,2),
    "currency" CHAR(3),
    "checkedOn" DATE NOT NULL,
    "priceSourceId" TEXT,

    CONSTRAINT "ClinicTreatment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicTreatmentTranslation" (
    "clinicTreatmentId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "includes" TEXT NOT NULL,
    "excludes" TEXT NOT NULL,

    CONSTRAINT "ClinicTreatmentTranslation_pkey" PRIMARY KEY ("clinicTreatmentId","locale")
);

-- CreateTable
CREATE TABLE "Doctor" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "languages" TEXT[],
    "yearsOfExperience" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "reviewedOn" DATE NOT NULL,

    CONSTRAINT "Doctor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorTranslation" (
    "doctorId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "metaDescription" TEXT NOT NULL,
    "bio" TEXT NOT NULL,

    CONSTRAINT "DoctorTranslation_pkey" PRIMARY KEY ("doctorId","locale")
);

-- CreateTable
CREATE TABLE "DoctorClinic" (
    "doctorId" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,

    CONSTRAINT "DoctorClinic_pkey" PRIMARY KEY ("doctorId","clinicId")
);

-- CreateTable
CREATE TABLE "DoctorTreatment" (
    "doctorId" TEXT NOT NULL,
    "treatmentId" TEXT NOT NULL,

    CONSTRAINT "DoctorTreatment_pkey" PRIMARY KEY ("doctorId","treatmentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Condition_slug_key" ON "Condition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Treatment_slug_key" ON "Treatment"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "RecordType_key_key" ON "RecordType"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_key_key" ON "Figure"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Clinic_slug_key" ON "Clinic"("slug");

-- CreateIndex
CREATE INDEX "Clinic_countryCode_idx" ON "Clinic"("countryCode");

-- CreateIndex
CREATE INDEX "ClinicTreatment_treatmentId_idx" ON "ClinicTreatment"("treatmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicTreatment_clinicId_treatmentId_key" ON "ClinicTreatment"("clinicId", "treatmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Doctor_slug_key" ON "Doctor"("slug");

-- AddForeignKey
ALTER TABLE "ConditionTranslation" ADD CONSTRAINT "ConditionTranslation_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentTranslation" ADD CONSTRAINT "TreatmentTranslation_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionTreatment" ADD CONSTRAINT "ConditionTreatment_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionTreatment" ADD CONSTRAINT "ConditionTreatment_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordTypeTranslation" ADD CONSTRAINT "RecordTypeTranslation_recordTypeId_fkey" FOREIGN KEY ("recordTypeId") REFERENCES "RecordType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentRecord" ADD CONSTRAINT "TreatmentRecord_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentRecord" ADD CONSTRAINT "TreatmentRecord_recordTypeId_fkey" FOREIGN KEY ("recordTypeId") REFERENCES "RecordType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureTranslation" ADD CONSTRAINT "FigureTranslation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTranslation" ADD CONSTRAINT "ClinicTranslation_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTreatment" ADD CONSTRAINT "ClinicTreatment_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTreatment" ADD CONSTRAINT "ClinicTreatment_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTreatment" ADD CONSTRAINT "ClinicTreatment_priceSourceId_fkey" FOREIGN KEY ("priceSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicTreatmentTranslation" ADD CONSTRAINT "ClinicTreatmentTranslation_clinicTreatmentId_fkey" FOREIGN KEY ("clinicTreatmentId") REFERENCES "ClinicTreatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoctorTranslation" ADD CONSTRAINT "DoctorTranslation_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoctorClinic" ADD CONSTRAINT "DoctorClinic_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoctorClinic" ADD CONSTRAINT "DoctorClinic_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoctorTreatment" ADD CONSTRAINT "DoctorTreatment_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoctorTreatment" ADD CONSTRAINT "DoctorTreatment_treatmentId_fkey" FOREIGN KEY ("treatmentId") REFERENCES "Treatment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
