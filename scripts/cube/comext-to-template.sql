-- Eurostat Comext bulk rows → our template CSV (docs/DATA_FORMAT.md §1) at the dashboard's grain.
-- Run by `npm run cube -- <files>` (scripts/cube/cube.mjs, DuckDB); docs/SCALE.md shows the same
-- statements on Spark SQL or Trino.
--
-- INPUT (created before this file runs; cube.mjs does it from the files on the command line):
--   comext_bulk    one row per line of the bulk files, every column text, named as in the
--                  full_v2 header: REPORTER, PARTNER, TRADE_TYPE, PRODUCT_NC, FLOW,
--                  STAT_PROCEDURE, PERIOD, VALUE_EUR, plus SOURCE_FILE (the file's name).
--                  Legacy files are read with DECLARANT_ISO → REPORTER, PARTNER_ISO → PARTNER,
--                  STAT_REGIME → STAT_PROCEDURE, VALUE_IN_EUROS → VALUE_EUR.
--   cube_partners  (iso2, iso3): the partners to keep. Default: the five Central Asian countries
--                  and the dashboard's two comparators (KZ UZ KG TJ TM RU AZ).
--
-- OUTPUT:
--   cube_template  the template rows: period, partner, flow, reporter, sector, sector_label,
--                  value (text, euro, no trailing zeros), currency, source, note, flag
--   cube_dropped   rows left out, by reason and file, with one example of the offending text
--   cube_overlaps  periods found in more than one file (the runner refuses: each period once)
--   cube_conflicts bulk keys found twice with two values (the runner refuses)
--
-- THE GRAIN AND ITS RULES
--   * Reporter Italy (REPORTER = 'IT') only; Comext with reporter Italy is ISTAT's data.
--   * FLOW 1 → import, 2 → export (Italy's point of view, as the template wants).
--   * PERIOD YYYYMM → YYYY-MM (monthly files); YYYY52 → YYYY (the annual file).
--   * Sector: TOTAL, and the HS chapter = the first two digits of the CN8 code.
--   * A CN8 code with letters (confidential trade, e.g. 99RRR100) counts in TOTAL and in no
--     chapter: the dashboard shows it as the "not broken down" part of the total.
--   * A bulk row is one part of a CN8 figure: the same code is split by TRADE_TYPE (I/E) and by
--     STAT_PROCEDURE (normal, inward/outward processing, ...). Every part is summed.
--   * No double counting: rows whose PRODUCT_NC is not an 8-character code (a TOTAL or chapter
--     row some extracts carry) and rows whose TRADE_TYPE or STAT_PROCEDURE is not a part code
--     (I/E; one or two digits) are left out and counted in cube_dropped. TOTAL is the sum of the
--     CN8 rows, so TOTAL = the chapters + the confidential codes, always.
--   * One figure per bulk key (reporter, partner, trade type, CN8, flow, procedure, period): a
--     key repeated with the same value is counted once (a repeat, as the in-browser importer
--     does); with another value it is a conflict and nothing is written.
--
-- DIALECT: standard SQL except regexp_full_match, TRY_CAST, string_agg and CREATE OR REPLACE
-- TEMP TABLE (DuckDB's; docs/SCALE.md lists their Spark SQL and Trino spellings).

-- 1. Triage: one pass over every bulk row. Cheap tests first (reporter, then partner); every
--    other test, the period and the value are parsed only for the rows still in (a CASE branch
--    runs on the rows that reach it). Rows left out keep only their reason, file and one example,
--    so the result is small whatever the input size.
CREATE OR REPLACE TEMP TABLE cube_triage AS
WITH rows_in AS (
	-- Eurostat writes no spaces; a code of another length is trimmed, so that a hand-edited file
	-- reads as the in-browser importer reads it (it trims every cell). Trimming every cell of
	-- every row cost about 40 % of the run in a first version.
	SELECT
		CASE WHEN length(REPORTER) = 2 THEN REPORTER ELSE trim(REPORTER) END AS reporter,
		CASE WHEN length(PARTNER) = 2 THEN PARTNER ELSE trim(PARTNER) END AS partner_iso2,
		TRADE_TYPE AS trade_type_raw,
		PRODUCT_NC AS product_raw,
		FLOW AS flow_raw,
		STAT_PROCEDURE AS procedure_raw,
		PERIOD AS period_raw,
		VALUE_EUR AS value_raw,
		SOURCE_FILE AS source_file
	FROM comext_bulk
),
first_tests AS (
	SELECT
		*,
		CASE
			WHEN reporter <> 'IT' THEN 'reporter-not-italy'
			WHEN partner_iso2 NOT IN (SELECT iso2 FROM cube_partners) THEN 'partner-not-selected'
			WHEN trim(flow_raw) NOT IN ('1', '2') THEN 'flow-not-1-or-2'
			WHEN length(trim(product_raw)) <> 8 THEN 'product-not-cn8'
			WHEN trim(trade_type_raw) NOT IN ('I', 'E') THEN 'trade-type-not-i-or-e'
			WHEN NOT regexp_full_match(trim(procedure_raw), '[0-9]{1,2}') THEN 'procedure-not-a-part'
		END AS dropped_first
	FROM rows_in
),
parsed AS (
	SELECT
		*,
		CASE
			WHEN dropped_first IS NOT NULL THEN NULL
			WHEN regexp_full_match(trim(period_raw), '[0-9]{4}(0[1-9]|1[0-2])')
				THEN substr(trim(period_raw), 1, 4) || '-' || substr(trim(period_raw), 5, 2)
			WHEN regexp_full_match(trim(period_raw), '[0-9]{4}52') THEN substr(trim(period_raw), 1, 4)
		END AS period,
		CASE
			WHEN dropped_first IS NULL THEN TRY_CAST(trim(value_raw) AS DECIMAL(38, 6))
		END AS value_eur
	FROM first_tests
),
judged AS (
	SELECT
		*,
		coalesce(
			dropped_first,
			CASE
				WHEN period IS NULL THEN 'invalid-period'
				WHEN value_eur IS NULL THEN 'invalid-value'
			END
		) AS dropped
	FROM parsed
),
keyed AS (
	-- Rows left out lose their keys, so they collapse into one group per reason and file.
	SELECT
		dropped,
		source_file,
		CASE WHEN dropped IS NULL THEN partner_iso2 END AS partner_iso2,
		CASE WHEN dropped IS NULL THEN trim(flow_raw) END AS flow,
		CASE WHEN dropped IS NULL THEN period END AS period,
		CASE WHEN dropped IS NULL THEN trim(product_raw) END AS product_nc,
		CASE WHEN dropped IS NULL THEN trim(trade_type_raw) END AS trade_type,
		CASE WHEN dropped IS NULL THEN trim(procedure_raw) END AS stat_procedure,
		value_eur,
		CASE dropped
			WHEN 'reporter-not-italy' THEN reporter
			WHEN 'partner-not-selected' THEN partner_iso2
			WHEN 'flow-not-1-or-2' THEN flow_raw
			WHEN 'product-not-cn8' THEN product_raw
			WHEN 'trade-type-not-i-or-e' THEN trade_type_raw
			WHEN 'procedure-not-a-part' THEN procedure_raw
			WHEN 'invalid-period' THEN period_raw
			WHEN 'invalid-value' THEN value_raw
		END AS example
	FROM judged
)
SELECT
	dropped,
	source_file,
	partner_iso2,
	flow,
	period,
	product_nc,
	trade_type,
	stat_procedure,
	count(*) AS n_rows,
	min(value_eur) AS value_min,
	max(value_eur) AS value_max,
	min(example) AS example
FROM keyed
GROUP BY dropped, source_file, partner_iso2, flow, period, product_nc, trade_type, stat_procedure;

CREATE OR REPLACE TEMP VIEW cube_dropped AS
SELECT dropped AS reason, source_file, sum(n_rows) AS n_rows, min(example) AS example
FROM cube_triage
WHERE dropped IS NOT NULL
GROUP BY dropped, source_file;

CREATE OR REPLACE TEMP VIEW cube_kept AS
SELECT * FROM cube_triage WHERE dropped IS NULL;

-- 2. One figure per bulk key. value_min = value_max for a key read once or repeated with the
--    same value; anything else is a conflict.
--    The partner's ISO3 code (the template's) comes from cube_partners here, on the few rows kept.
CREATE OR REPLACE TEMP VIEW cube_cn8 AS
SELECT
	p.iso3 AS partner,
	k.flow,
	k.period,
	k.product_nc,
	k.trade_type,
	k.stat_procedure,
	sum(k.n_rows) AS n_rows,
	min(k.value_min) AS value,
	max(k.value_max) AS value_max,
	min(k.source_file) AS source_file
FROM cube_kept AS k
JOIN cube_partners AS p ON p.iso2 = k.partner_iso2
GROUP BY p.iso3, k.flow, k.period, k.product_nc, k.trade_type, k.stat_procedure;

CREATE OR REPLACE TEMP VIEW cube_conflicts AS
SELECT * FROM cube_cn8 WHERE value <> value_max;

CREATE OR REPLACE TEMP VIEW cube_overlaps AS
SELECT
	period,
	string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS files
FROM cube_kept
GROUP BY period
HAVING count(DISTINCT source_file) > 1;

-- 3. Chapters: the first two digits of an all-digit CN8 code; NULL for a code with letters.
CREATE OR REPLACE TEMP VIEW cube_parts AS
SELECT
	partner,
	flow,
	period,
	CASE WHEN regexp_full_match(product_nc, '[0-9]{8}') THEN substr(product_nc, 1, 2) END AS chapter,
	sum(value) AS value,
	count(*) AS n_keys,
	min(source_file) AS source_file
FROM cube_cn8
GROUP BY
	partner,
	flow,
	period,
	CASE WHEN regexp_full_match(product_nc, '[0-9]{8}') THEN substr(product_nc, 1, 2) END;

-- 4. The template rows: one TOTAL per (partner, flow, period), the sum of every CN8 row, and one
--    row per chapter. Values as text in euro (DECIMAL, so sums are exact), trailing zeros cut.
CREATE OR REPLACE TEMP TABLE cube_template AS
WITH cells AS (
	SELECT
		partner,
		flow,
		period,
		'TOTAL' AS sector,
		sum(value) AS value,
		sum(n_keys) AS n_keys,
		sum(CASE WHEN chapter IS NULL THEN n_keys ELSE 0 END) AS n_confidential,
		min(source_file) AS source_file
	FROM cube_parts
	GROUP BY partner, flow, period
	UNION ALL
	SELECT partner, flow, period, chapter, value, n_keys, 0, source_file
	FROM cube_parts
	WHERE chapter IS NOT NULL
)
SELECT
	period,
	partner,
	CASE flow WHEN '1' THEN 'import' WHEN '2' THEN 'export' END AS flow,
	'ITA' AS reporter,
	sector,
	'' AS sector_label,
	trim(TRAILING '.' FROM trim(TRAILING '0' FROM CAST(value AS VARCHAR))) AS value,
	'EUR' AS currency,
	'Eurostat Comext bulk file ' || source_file AS source,
	'npm run cube: sum of ' || CAST(n_keys AS VARCHAR)
		|| CASE WHEN n_keys = 1 THEN ' CN8 row' ELSE ' CN8 rows' END
		|| CASE
			WHEN n_confidential > 0
				THEN ', ' || CAST(n_confidential AS VARCHAR) || ' with a confidential code (in no chapter)'
			ELSE ''
		END AS note,
	'' AS flag
FROM cells;
