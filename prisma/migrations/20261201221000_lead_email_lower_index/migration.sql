-- Possible duplicates match emails in any case (lib/admin/duplicates.ts). schema.prisma cannot declare an index on an
-- expression, and Prisma's migration engine leaves such indexes alone (prisma/prisma-engines#3965), so it lives here only.
CREATE INDEX "Lead_email_lower_idx" ON "Lead" (lower("email"));
