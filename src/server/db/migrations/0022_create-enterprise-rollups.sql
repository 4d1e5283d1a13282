-- Rollups of the register for the dashboards and the computed indicators (issue 7), kept current in the same
-- transaction as every write to `enterprises` (issue 8: dashboard aggregates over 3.5 million enterprises answer from
-- the rollup, not a scan). Statement-level triggers with transition tables: a bulk insert appends its deltas once per
-- statement, a single registration once; they are folded into the totals later (below).

-- The stock: enterprises on the register by area, GB/T 4754 class and status, with registered capital where the
-- particulars hold it (entities put on the register before zimao carry none: capital_known counts those that do).
CREATE TABLE enterprise_stock_rollup (
  area_code        text NOT NULL,
  industry_code    text NOT NULL,
  status           text NOT NULL,
  section          text NOT NULL,
  enterprises      bigint NOT NULL,
  foreign_invested bigint NOT NULL,
  capital_known    bigint NOT NULL,
  capital_yuan     numeric NOT NULL,
  PRIMARY KEY (area_code, industry_code, status)
);
COMMENT ON TABLE enterprise_stock_rollup IS 'Enterprises by area, industry class and status; maintained by triggers on enterprises';
COMMENT ON COLUMN enterprise_stock_rollup.section IS 'The GB/T 4754 section (门类) of the class, so the dashboards group by section without reading classes';

-- The flow: enterprises by area, class and month of establishment (whatever their status now).
CREATE TABLE enterprise_month_rollup (
  area_code        text NOT NULL,
  industry_code    text NOT NULL,
  month            text NOT NULL,
  established      bigint NOT NULL,
  foreign_invested bigint NOT NULL,
  capital_yuan     numeric NOT NULL,
  PRIMARY KEY (area_code, industry_code, month)
);
COMMENT ON TABLE enterprise_month_rollup IS 'Enterprises by area, industry class and month of establishment; maintained by triggers on enterprises';

-- The GB/T 4754 section (门类) a code belongs to: its ancestor without a parent in the industries table.
CREATE FUNCTION industry_section(code text) RETURNS text LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up (code, parent_code) AS (
    SELECT i.code, i.parent_code FROM industries i WHERE i.code = industry_section.code
    UNION ALL
    SELECT i.code, i.parent_code FROM industries i JOIN up ON i.code = up.parent_code
  )
  SELECT up.code FROM up WHERE up.parent_code IS NULL
$$;

-- Registered capital and a foreign investor as the particulars hold them (registration writes both).
CREATE FUNCTION enterprise_rollup_capital(particulars jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(particulars -> 'registeredCapitalYuan') = 'number' THEN (particulars ->> 'registeredCapitalYuan')::numeric END
$$;
CREATE FUNCTION enterprise_rollup_foreign(particulars jsonb) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(particulars -> 'foreignInvestment') = 'object' THEN 1 ELSE 0 END
$$;

-- Registrations do not update the totals: each statement appends its signed deltas (+ for rows that arrive, - for rows
-- that leave; an update is both), so concurrent registrations of the same area, class and month never wait for one
-- another on a total's row (issue 8: 50 applicants at once). enterprise_rollup_fold moves the deltas into the totals
-- (zimao serve every few seconds, zimao generate at its end); the *_totals views add the deltas not yet folded, so a
-- reader always sees every committed registration.
CREATE TABLE enterprise_stock_deltas (
  id               bigserial PRIMARY KEY,
  area_code        text NOT NULL,
  industry_code    text NOT NULL,
  status           text NOT NULL,
  section          text NOT NULL,
  enterprises      bigint NOT NULL,
  foreign_invested bigint NOT NULL,
  capital_known    bigint NOT NULL,
  capital_yuan     numeric NOT NULL
);
CREATE TABLE enterprise_month_deltas (
  id               bigserial PRIMARY KEY,
  area_code        text NOT NULL,
  industry_code    text NOT NULL,
  month            text NOT NULL,
  established      bigint NOT NULL,
  foreign_invested bigint NOT NULL,
  capital_yuan     numeric NOT NULL
);
COMMENT ON TABLE enterprise_stock_deltas IS 'Changes to enterprise_stock_rollup not yet folded into it (enterprise_rollup_fold)';
COMMENT ON TABLE enterprise_month_deltas IS 'Changes to enterprise_month_rollup not yet folded into it (enterprise_rollup_fold)';

CREATE FUNCTION enterprise_rollup_apply(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  WITH d AS (
    SELECT * FROM jsonb_to_recordset(deltas)
      AS x(area_code text, industry_code text, status text, month text, n bigint, foreign_invested bigint, capital_known bigint, capital numeric)
  ), stock AS (
    INSERT INTO enterprise_stock_deltas (area_code, industry_code, status, section, enterprises, foreign_invested, capital_known, capital_yuan)
    SELECT area_code, industry_code, status, industry_section(industry_code), sum(n), sum(foreign_invested), sum(capital_known), sum(capital)
      FROM d GROUP BY area_code, industry_code, status
  )
  INSERT INTO enterprise_month_deltas (area_code, industry_code, month, established, foreign_invested, capital_yuan)
  SELECT area_code, industry_code, month, sum(n), sum(foreign_invested), sum(capital)
    FROM d GROUP BY area_code, industry_code, month
$$;

-- Moves every committed delta into the totals. Deleting the deltas locks them, so two folds at once never move one
-- twice; totals are upserted in key order so that two folds lock them in the same order. Returns the deltas moved.
CREATE FUNCTION enterprise_rollup_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  WITH gone AS (DELETE FROM enterprise_stock_deltas RETURNING *)
  INSERT INTO enterprise_stock_rollup AS r (area_code, industry_code, status, section, enterprises, foreign_invested, capital_known, capital_yuan)
  SELECT area_code, industry_code, status, min(section), sum(enterprises), sum(foreign_invested), sum(capital_known), sum(capital_yuan)
    FROM gone GROUP BY area_code, industry_code, status ORDER BY area_code, industry_code, status
  ON CONFLICT (area_code, industry_code, status) DO UPDATE SET
    enterprises = r.enterprises + EXCLUDED.enterprises,
    foreign_invested = r.foreign_invested + EXCLUDED.foreign_invested,
    capital_known = r.capital_known + EXCLUDED.capital_known,
    capital_yuan = r.capital_yuan + EXCLUDED.capital_yuan;
  GET DIAGNOSTICS moved = ROW_COUNT;
  WITH gone AS (DELETE FROM enterprise_month_deltas RETURNING *)
  INSERT INTO enterprise_month_rollup AS r (area_code, industry_code, month, established, foreign_invested, capital_yuan)
  SELECT area_code, industry_code, month, sum(established), sum(foreign_invested), sum(capital_yuan)
    FROM gone GROUP BY area_code, industry_code, month ORDER BY area_code, industry_code, month
  ON CONFLICT (area_code, industry_code, month) DO UPDATE SET
    established = r.established + EXCLUDED.established,
    foreign_invested = r.foreign_invested + EXCLUDED.foreign_invested,
    capital_yuan = r.capital_yuan + EXCLUDED.capital_yuan;
  RETURN moved;
END $$;

-- What readers read: the totals with the deltas not yet folded.
CREATE VIEW enterprise_stock_totals AS
  SELECT area_code, industry_code, status, min(section) AS section, sum(enterprises) AS enterprises, sum(foreign_invested) AS foreign_invested,
         sum(capital_known) AS capital_known, sum(capital_yuan) AS capital_yuan
    FROM (SELECT area_code, industry_code, status, section, enterprises, foreign_invested, capital_known, capital_yuan FROM enterprise_stock_rollup
          UNION ALL
          SELECT area_code, industry_code, status, section, enterprises, foreign_invested, capital_known, capital_yuan FROM enterprise_stock_deltas) u
   GROUP BY area_code, industry_code, status;
CREATE VIEW enterprise_month_totals AS
  SELECT area_code, industry_code, month, sum(established) AS established, sum(foreign_invested) AS foreign_invested, sum(capital_yuan) AS capital_yuan
    FROM (SELECT area_code, industry_code, month, established, foreign_invested, capital_yuan FROM enterprise_month_rollup
          UNION ALL
          SELECT area_code, industry_code, month, established, foreign_invested, capital_yuan FROM enterprise_month_deltas) u
   GROUP BY area_code, industry_code, month;

-- Each trigger groups its transition table into the deltas enterprise_rollup_apply takes. PostgreSQL allows a
-- transition table only on a trigger of one event, hence one function per event.
CREATE FUNCTION enterprise_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enterprise_rollup_apply((
    SELECT jsonb_agg(g) FROM (
      SELECT area_code, industry_code, status, to_char(established_on, 'YYYY-MM') AS month, count(*) AS n,
             sum(enterprise_rollup_foreign(particulars)) AS foreign_invested,
             count(enterprise_rollup_capital(particulars)) AS capital_known, coalesce(sum(enterprise_rollup_capital(particulars)), 0) AS capital
        FROM new_rows GROUP BY 1, 2, 3, 4) g));
  RETURN NULL;
END $$;

CREATE FUNCTION enterprise_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enterprise_rollup_apply((
    SELECT jsonb_agg(g) FROM (
      SELECT area_code, industry_code, status, to_char(established_on, 'YYYY-MM') AS month, -count(*) AS n,
             -sum(enterprise_rollup_foreign(particulars)) AS foreign_invested,
             -count(enterprise_rollup_capital(particulars)) AS capital_known, -coalesce(sum(enterprise_rollup_capital(particulars)), 0) AS capital
        FROM old_rows GROUP BY 1, 2, 3, 4) g));
  RETURN NULL;
END $$;

CREATE FUNCTION enterprise_rollup_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM enterprise_rollup_apply((
    SELECT jsonb_agg(g) FROM (
      SELECT area_code, industry_code, status, to_char(established_on, 'YYYY-MM') AS month, sum(sign) AS n,
             sum(sign * enterprise_rollup_foreign(particulars)) AS foreign_invested,
             sum(sign * (enterprise_rollup_capital(particulars) IS NOT NULL)::int) AS capital_known,
             coalesce(sum(sign * enterprise_rollup_capital(particulars)), 0) AS capital
        FROM (SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) moved
       GROUP BY 1, 2, 3, 4
      -- An update that moves nothing (a new legal representative, say) locks no rollup row.
      HAVING sum(sign) <> 0 OR sum(sign * enterprise_rollup_foreign(particulars)) <> 0
          OR coalesce(sum(sign * enterprise_rollup_capital(particulars)), 0) <> 0
          OR sum(sign * (enterprise_rollup_capital(particulars) IS NOT NULL)::int) <> 0) g));
  RETURN NULL;
END $$;

CREATE TRIGGER enterprises_rollup_insert AFTER INSERT ON enterprises
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_rollup_on_insert();
CREATE TRIGGER enterprises_rollup_update AFTER UPDATE ON enterprises
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_rollup_on_update();
CREATE TRIGGER enterprises_rollup_delete AFTER DELETE ON enterprises
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_rollup_on_delete();

-- What is on the register already.
SELECT enterprise_rollup_apply((
  SELECT jsonb_agg(g) FROM (
    SELECT area_code, industry_code, status, to_char(established_on, 'YYYY-MM') AS month, count(*) AS n,
           sum(enterprise_rollup_foreign(particulars)) AS foreign_invested,
           count(enterprise_rollup_capital(particulars)) AS capital_known, coalesce(sum(enterprise_rollup_capital(particulars)), 0) AS capital
      FROM enterprises GROUP BY 1, 2, 3, 4) g));
SELECT enterprise_rollup_fold();
