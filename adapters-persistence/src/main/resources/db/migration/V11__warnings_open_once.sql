-- A warning is open at most once per company and code, whichever instance or job raises it: the
-- open_key is the company and code while the warning is open and null once cleared (a unique index
-- lets any number of nulls through, on H2 as on PostgreSQL).

UPDATE company_warnings SET cleared_at = since
WHERE cleared_at IS NULL
  AND EXISTS (SELECT 1 FROM company_warnings older
              WHERE older.company_id = company_warnings.company_id AND older.code = company_warnings.code
                AND older.cleared_at IS NULL AND older.id < company_warnings.id);

ALTER TABLE company_warnings ADD COLUMN open_key VARCHAR(110);
UPDATE company_warnings SET open_key = company_id || ':' || code WHERE cleared_at IS NULL;
CREATE UNIQUE INDEX company_warnings_open_once ON company_warnings (open_key);
