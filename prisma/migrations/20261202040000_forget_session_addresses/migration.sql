-- Sessions no longer record the address they were signed in from (only a keyed hash is kept, in "AuthEvent"):
-- forget the addresses recorded before.
UPDATE "Session" SET "ipAddress" = NULL WHERE "ipAddress" IS NOT NULL;
