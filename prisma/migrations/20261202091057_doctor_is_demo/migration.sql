-- AlterTable
ALTER TABLE "Doctor" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT true;
