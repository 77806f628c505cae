-- Trigram matching for the leads list's search (ships with PostgreSQL's contrib modules).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Lead_fullName_trgm_idx" ON "Lead" USING GIN ("fullName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_email_trgm_idx" ON "Lead" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_phone_trgm_idx" ON "Lead" USING GIN ("phone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Lead_assigneeId_createdAt_idx" ON "Lead"("assigneeId", "createdAt");
