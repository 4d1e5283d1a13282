-- Public enterprise search by name fragment (issue 8; 企业信息公示暂行条例 Art. 6: the registration facts of an
-- enterprise are public). A name is indexed by its overlapping pairs of characters: every fragment of two characters
-- or more has all its pairs in the names that contain it, so the GIN index narrows 3.5 million names to candidates and
-- the search confirms the fragment in each (src/server/features/enterprises/public-register.ts). Pairs, not pg_trgm's trigrams: a two-character trade name (云启) has no trigram, and
-- pg_trgm splits words by the locale's idea of a letter, which on a C locale (PGlite) leaves Chinese out altogether.
CREATE FUNCTION enterprise_name_pairs(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(lower(name), i, 2)), '{}') FROM generate_series(1, char_length(name) - 1) AS i
$$;
COMMENT ON FUNCTION enterprise_name_pairs(text) IS 'The distinct overlapping two-character pairs of a name, lower-cased: the key of the public name search';
CREATE INDEX enterprises_name_pairs_idx ON enterprises USING gin (enterprise_name_pairs(name));
