-- zaslon--0.1.0.sql: the functions of the zaslon extension (pg/README.md).
\echo Use "CREATE EXTENSION zaslon" to load this file. \quit

-- STABLE, not IMMUTABLE: a new engine version may mask differently, so no index should store
-- the result. STRICT: a NULL message or policy gives NULL, never the message unmasked.
CREATE FUNCTION zaslon_redact(message text) RETURNS text
AS 'MODULE_PATHNAME', 'zaslon_pg_redact'
LANGUAGE C STRICT STABLE PARALLEL SAFE;

CREATE FUNCTION zaslon_redact(message text, policy jsonb) RETURNS text
AS 'MODULE_PATHNAME', 'zaslon_pg_redact_policy'
LANGUAGE C STRICT STABLE PARALLEL SAFE;

-- Spans as half-open [start, stop) character offsets from 0:
-- substr(message, start + 1, stop - start) is the span's text.
CREATE FUNCTION zaslon_scan(message text, OUT start int, OUT stop int, OUT type text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zaslon_pg_scan'
LANGUAGE C STRICT STABLE PARALLEL SAFE ROWS 4;

CREATE FUNCTION zaslon_scan(message text, policy jsonb, OUT start int, OUT stop int, OUT type text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zaslon_pg_scan_policy'
LANGUAGE C STRICT STABLE PARALLEL SAFE ROWS 4;
