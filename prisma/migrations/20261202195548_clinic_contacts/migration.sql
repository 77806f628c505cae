-- CreateEnum
CREATE TYPE "ClinicContactChangeKind" AS ENUM ('ADDED', 'CHANGED', 'REMOVED');

-- CreateTable
CREATE TABLE "ClinicContact" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "label" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClinicContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicContactChange" (
    "id" BIGSERIAL NOT NULL,
    "clinicId" TEXT NOT NULL,
    "kind" "ClinicContactChangeKind" NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicContactChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClinicContact_clinicId_email_key" ON "ClinicContact"("clinicId", "email");

-- CreateIndex
CREATE INDEX "ClinicContactChange_clinicId_at_idx" ON "ClinicContactChange"("clinicId", "at");

-- AddForeignKey
ALTER TABLE "ClinicContact" ADD CONSTRAINT "ClinicContact_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicContactChange" ADD CONSTRAINT "ClinicContactChange_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicContactChange" ADD CONSTRAINT "ClinicContactChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
