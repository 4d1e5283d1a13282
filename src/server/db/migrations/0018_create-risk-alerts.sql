-- Risk warnings (issue 7; Plan V.(V)): alerts opened by the rules of reference-data/plan/risk-rules.json over the
-- approved indicator series, handled by their owner and escalated by durable timers when nobody handles them.
CREATE TABLE risk_alerts (
  id              serial PRIMARY KEY,
  rule_code       text NOT NULL,
  area_code       text REFERENCES zone_units (code),
  period          text NOT NULL,
  level           text NOT NULL CHECK (level IN ('yellow', 'orange', 'red')),
  owner           text NOT NULL CHECK (owner IN ('area', 'ftz-office')),
  status          text NOT NULL CHECK (status IN ('open', 'acknowledged', 'handled', 'closed')),
  finding         jsonb NOT NULL,
  escalations     integer NOT NULL DEFAULT 0,
  disposal        text,
  opened_at       timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT risk_alerts_area_owner_check CHECK (owner = 'ftz-office' OR area_code IS NOT NULL)
);
COMMENT ON TABLE risk_alerts IS 'Risk warnings: one alert per rule, scope and period; the finding says what was compared and why it fired';
-- A rule fires once per scope and period, however often the series is evaluated.
CREATE UNIQUE INDEX risk_alerts_once_idx ON risk_alerts (rule_code, COALESCE(area_code, ''), period);
CREATE INDEX risk_alerts_status_idx ON risk_alerts (status, area_code);

CREATE TABLE risk_alert_events (
  id          serial PRIMARY KEY,
  alert_id    integer NOT NULL REFERENCES risk_alerts (id),
  kind        text NOT NULL CHECK (kind IN ('opened', 'acknowledged', 'handled', 'closed', 'reopened', 'escalated')),
  actor       text NOT NULL,
  note        text,
  at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE risk_alert_events IS 'The history of each alert: who did what and when, escalations included';
CREATE INDEX risk_alert_events_alert_idx ON risk_alert_events (alert_id, id);
