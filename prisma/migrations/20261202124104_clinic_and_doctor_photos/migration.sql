-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "photoHeight" INTEGER,
ADD COLUMN     "photoUrl" TEXT,
ADD COLUMN     "photoWidth" INTEGER;

-- AlterTable
ALTER TABLE "ClinicTranslation" ADD COLUMN     "photoAlt" TEXT;

-- AlterTable
ALTER TABLE "Doctor" ADD COLUMN     "photoHeight" INTEGER,
ADD COLUMN     "photoUrl" TEXT,
ADD COLUMN     "photoWidth" INTEGER;

-- AlterTable
ALTER TABLE "DoctorTranslation" ADD COLUMN     "photoAlt" TEXT;

-- A photo is its address and its size together, or nothing: without the size a page could not reserve its room.
-- schema.prisma cannot declare a CHECK constraint, and Prisma's migration engine leaves them alone, so they live here only.
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_photo_complete" CHECK (
  num_nulls("photoUrl", "photoWidth", "photoHeight") IN (0, 3)
  AND ("photoUrl" IS NULL OR ("photoUrl" <> '' AND "photoWidth" > 0 AND "photoHeight" > 0))
);
ALTER TABLE "Doctor" ADD CONSTRAINT "Doctor_photo_complete" CHECK (
  num_nulls("photoUrl", "photoWidth", "photoHeight") IN (0, 3)
  AND ("photoUrl" IS NULL OR ("photoUrl" <> '' AND "photoWidth" > 0 AND "photoHeight" > 0))
);
