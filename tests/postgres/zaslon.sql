-- zaslon PostgreSQL functions: built-in policy, a custom policy, bad policies, NULLs,
-- character offsets on non-ASCII text, and a parallel query.
-- Built-in policy: phone and e-mail pseudonymised, the rest of the message intact.
SELECT zaslon_redact('Перезвоните мне: +7 912 345-67-89, почта ivan.petrov@example.ru. Спасибо!');
-- Spans in characters, not bytes: Cyrillic letters are 2 bytes each, the emoji 4.
SELECT s.start, s.stop, s.type, substr(m, s.start + 1, s.stop - s.start) AS value
FROM (VALUES ('Привет 👋, мой номер +7 912 345-67-89 и ivan@example.ru')) AS v(m),
     zaslon_scan(m) AS s;
SELECT count(*) FROM zaslon_scan('Ничего личного, просто текст.');
-- A policy of its own (jsonb): phones masked, e-mail labelled, a custom rule.
SELECT zaslon_redact('Звоните +7 912 345-67-89, пишите ivan@example.ru, табельный EMP-123456',
  '{"types": {"PHONE_NUMBER": {"action": "mask"}, "EMAIL_ADDRESS": {"action": "label"}},
    "rules": [{"id": "employee_id", "type": "EMPLOYEE_ID", "pattern": "EMP-\\d{6}"}]}');
SELECT * FROM zaslon_scan('табельный EMP-123456',
  '{"rules": [{"id": "employee_id", "type": "EMPLOYEE_ID", "pattern": "EMP-\\d{6}"}]}');
-- The same policy written differently (key order, spaces) is the same jsonb: one cached compile.
SELECT zaslon_redact('EMP-654321', '{"rules":[{"pattern":"EMP-\\d{6}","type":"EMPLOYEE_ID","id":"employee_id"}]}');
-- A secret is blocked by the built-in policy: the stored text is the redacted one.
SELECT zaslon_redact('ключ sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD');
-- NULL message or policy: NULL, never the message unmasked.
SELECT zaslon_redact(NULL) IS NULL AS null_message;
SELECT zaslon_redact('+7 912 345-67-89', NULL) IS NULL AS null_policy;
SELECT count(*) FROM zaslon_scan(NULL);
SELECT zaslon_redact('');
-- Bad policies are SQL errors that name the policy path; the message never appears.
SELECT zaslon_redact('secret +7 912 345-67-89', '{"rules": [{"id": "x", "type": "X", "pattern": "("}]}');
SELECT zaslon_redact('secret +7 912 345-67-89', '{"types": {"PHONE_NUMBER": {"action": "shout"}}}');
SELECT zaslon_redact('secret +7 912 345-67-89', '{"colour": "red"}');
SELECT * FROM zaslon_scan('secret', '[1, 2]');
-- A message over the policy's size limit is an error, not the message unmasked.
SELECT zaslon_redact(repeat('x', 200), '{"limits": {"max_input_bytes": 100}}');
-- The error aborts the statement: an UPDATE leaves every row as it was.
CREATE TABLE small (id int, body text);
INSERT INTO small VALUES (1, 'тел. 8 912 345 67 89'), (2, repeat('y', 200));
UPDATE small SET body = zaslon_redact(body, '{"limits": {"max_input_bytes": 100}}');
SELECT id, left(body, 20) FROM small ORDER BY id;
-- A long row is stored compressed (TOAST): the function reads its detoasted copy.
CREATE TABLE long_rows (body text);
INSERT INTO long_rows SELECT repeat('Позвоните мне. ', 2000) || '+7 912 345-67-89';
SELECT pg_column_size(body) < octet_length(body) AS compressed, right(zaslon_redact(body), 30) FROM long_rows;
SELECT s.type, s.start, s.stop FROM long_rows, zaslon_scan(body) AS s;
-- PARALLEL SAFE: the function runs inside parallel workers, with the same result as serially.
CREATE TABLE messages AS
  SELECT i AS id,
         format('Заказ %s: позвоните +7 9%s 123-45-67 или напишите client%s@example.com', i, 10 + i % 90, i) AS body
  FROM generate_series(1, 20000) AS i;
ANALYZE messages;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
  SELECT count(*) FROM messages WHERE zaslon_redact(body) LIKE '%<PHONE_NUMBER_1>%<EMAIL_ADDRESS_1>';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
  SELECT count(*) FROM messages WHERE zaslon_redact(body) LIKE '%<PHONE_NUMBER_1>%<EMAIL_ADDRESS_1>';
SELECT count(*) FROM messages WHERE zaslon_redact(body) LIKE '%<PHONE_NUMBER_1>%<EMAIL_ADDRESS_1>';
CREATE TABLE parallel_out AS SELECT id, zaslon_redact(body) AS body FROM messages;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial_out AS SELECT id, zaslon_redact(body) AS body FROM messages;
SELECT count(*) AS differing FROM parallel_out p JOIN serial_out s USING (id) WHERE p.body <> s.body;
SELECT count(*) AS unmasked FROM parallel_out WHERE body ~ '@|123-45-67';
SELECT body FROM parallel_out WHERE id = 7;
