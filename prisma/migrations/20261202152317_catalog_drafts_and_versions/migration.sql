-- CreateEnum
CREATE TYPE "CatalogItemKind" AS ENUM ('CLINIC', 'DOCTOR');

-- CreateEnum
CREATE TYPE "CatalogVersionAction" AS ENUM ('PUBLISHED', 'RESTORED', 'IMPORTED', 'UNPUBLISHED');

-- CreateTable
CREATE TABLE "CatalogDraft" (
    "id" TEXT NOT NULL,
    "kind" "CatalogItemKind" NOT NULL,
    "itemId" TEXT,
    "document" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "baseVersion" INTEGER,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogVersion" (
    "id" TEXT NOT NULL,
    "kind" "CatalogItemKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "action" "CatalogVersionAction" NOT NULL,
    "document" JSONB NOT NULL,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogDraft_kind_itemId_key" ON "CatalogDraft"("kind", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogVersion_kind_itemId_number_key" ON "CatalogVersion"("kind", "itemId", "number");

-- AddForeignKey
ALTER TABLE "CatalogDraft" ADD CONSTRAINT "CatalogDraft_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogVersion" ADD CONSTRAINT "CatalogVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
