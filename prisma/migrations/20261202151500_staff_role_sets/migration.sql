-- Staff have a set of roles, stored as better-auth's admin plugin stores several: a comma list in "role"
-- (lib/staff/roles.ts). No role implies another any more, so an admin keeps leads by becoming coordinator and admin;
-- any other value counted as coordinator before, and still does. A data change only: the column stays as it is.
UPDATE "User"
SET "role" = CASE WHEN "role" = 'admin' THEN 'coordinator,admin' ELSE 'coordinator' END
WHERE "role" <> 'coordinator';
