-- Reference data (issue 3): versioned data loaded from reference-data/, each set with its source.
CREATE TABLE reference_datasets (
  name            text PRIMARY KEY,
  version         text NOT NULL,
  source_title    text NOT NULL,
  source_url      text,
  effective_from  text CONSTRAINT reference_datasets_effective_from_check CHECK (effective_from ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  effective_to    text CONSTRAINT reference_datasets_effective_to_check CHECK (effective_to ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  checksum        text NOT NULL,
  loaded_at       timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN reference_datasets.effective_from IS 'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source, never a guessed day';
COMMENT ON TABLE reference_datasets IS 'Which edition of each reference file is loaded; reloaded when the checksum changes';

CREATE TABLE divisions (
  code            text PRIMARY KEY,
  name_zh         text NOT NULL,
  name_en         text NOT NULL,
  level           text NOT NULL,
  parent_code     text,
  in_zone         boolean NOT NULL,
  effective_from  text CONSTRAINT divisions_effective_from_check CHECK (effective_from ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  effective_to    text CONSTRAINT divisions_effective_to_check CHECK (effective_to ~ '^\d{4}(-\d{2}(-\d{2})?)?$')
);
COMMENT ON TABLE divisions IS 'GB/T 2260 administrative divisions relevant to the zone (Trial Measures Art. 2)';

CREATE TABLE zone_units (
  code                  text PRIMARY KEY,
  level                 text NOT NULL CHECK (level IN ('zone', 'area', 'functional_area', 'cluster_group')),
  parent_code           text REFERENCES zone_units (code),
  name_zh               text NOT NULL,
  name_en               text NOT NULL,
  area_km2              numeric(8, 2),
  special_customs_zone  boolean NOT NULL DEFAULT false,
  positioning_zh        text,
  positioning_en        text,
  clusters              text[] NOT NULL DEFAULT '{}',
  note                  text,
  sort_order            integer NOT NULL
);
COMMENT ON TABLE zone_units IS 'CQFTZ, its three areas, functional areas and cluster groups (functional zones, not divisions: GEO-01)';

CREATE TABLE zone_unit_districts (
  zone_unit_code  text NOT NULL REFERENCES zone_units (code),
  division_code   text NOT NULL REFERENCES divisions (code),
  confidence      text NOT NULL,
  CONSTRAINT zone_unit_districts_pkey PRIMARY KEY (zone_unit_code, division_code)
);
COMMENT ON TABLE zone_unit_districts IS 'Which districts a zone unit lies in; many-to-many and partly unverified (GEO-02, GEO-05)';

CREATE TABLE departments (
  code                  text PRIMARY KEY,
  name_zh               text NOT NULL,
  name_en               text NOT NULL,
  short_zh              text,
  vertical              boolean NOT NULL DEFAULT false,
  responsibilities_zh   text,
  responsibilities_en   text,
  sort_order            integer NOT NULL
);
COMMENT ON TABLE departments IS 'Departments taking part in the one window and parallel approval';

CREATE TABLE industries (
  code             text PRIMARY KEY,
  level            text NOT NULL CHECK (level IN ('section', 'division', 'group', 'class')),
  parent_code      text REFERENCES industries (code),
  name_zh          text NOT NULL,
  name_en          text,
  pinyin           text NOT NULL,
  pinyin_initials  text NOT NULL,
  sort_order       integer NOT NULL
);
COMMENT ON TABLE industries IS 'GB/T 4754-2017 industry classification (edition in reference_datasets)';
COMMENT ON COLUMN industries.pinyin IS 'Toneless pinyin of name_zh, words joined without spaces, for search';
CREATE INDEX industries_parent_code_idx ON industries (parent_code, sort_order);
