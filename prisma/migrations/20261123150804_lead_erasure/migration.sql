-- CreateEnum
CREATE TYPE "ErasureReason" AS ENUM ('REQUEST', 'RETENTION');

-- AlterEnum
ALTER TYPE "LeadActivityType" ADD VALUE 'ERASED';

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "erasedAt" TIMESTAMP(3),
ADD COLUMN     "erasureReason" "ErasureReason";

-- CreateIndex
CREATE INDEX "Lead_erasedAt_createdAt_idx" ON "Lead"("erasedAt", "createdAt");
