-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "unpublishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Doctor" ADD COLUMN     "unpublishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CatalogSlugRedirect" (
    "kind" "CatalogItemKind" NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogSlugRedirect_pkey" PRIMARY KEY ("kind","fromSlug")
);
