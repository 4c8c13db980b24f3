#!/usr/bin/env bash
# bench/postgres.sh — rows per second of zaslon_redact() in PostgreSQL 15 on generated chat rows
# (`make bench-postgres`; ROWS=1000000 by default). A figure, never pass/fail: one run each on a
# throw-away cluster (tests/postgres/cluster.sh, fsync off), wall-clock time of each statement.
#
# The rows: 1 M chat messages made in SQL from 16 templates of customer messages (Russian, as a
# small business's chat receives them; a few English) filled with names, phone numbers in
# several spellings, e-mails, addresses, card and INN numbers drawn with a fixed seed; 4 of the
# 16 templates carry no personal data, as many real messages do. ~90 bytes a row.
#
# Measured:
#   UPDATE messages SET body = zaslon_redact(body)   -- serial: PostgreSQL 15 never runs the
#                                                    -- modify part of an UPDATE in parallel
#   CREATE TABLE ... AS SELECT id, zaslon_redact(body) FROM messages
#                      with max_parallel_workers_per_gather = 0, then = W (W = cores)
#   the same CREATE TABLE AS without zaslon_redact, to show what the copy alone costs
# Usage: bench/postgres.sh BUILD_PG_DIR
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/postgres/cluster.sh
source "$HERE/../tests/postgres/cluster.sh"
ROWS=${ROWS:-1000000}
W=${WORKERS:-$(nproc)}

pg_cluster_start "$1" "-c shared_buffers=512MB -c max_parallel_workers=$W -c max_wal_size=4GB"

pg_psql -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT setseed(0.42);
CREATE TABLE messages AS
WITH parts AS (
  SELECT i,
    (ARRAY['Анна','Иван','Мария','Сергей','Ольга','Дмитрий','Елена','Алексей'])[1 + (random() * 7)::int] AS name,
    (ARRAY['Петрова','Смирнов','Кузнецова','Попов','Соколова','Лебедев','Новикова','Морозов'])[1 + (random() * 7)::int] AS surname,
    (ARRAY['+7 912 ', '8 (903) ', '+7(495)', '8-916-'])[1 + (random() * 3)::int]
      || lpad((random() * 999)::int::text, 3, '0') || '-' || lpad((random() * 99)::int::text, 2, '0')
      || '-' || lpad((random() * 99)::int::text, 2, '0') AS phone,
    (ARRAY['anna','ivan.p','m.kuz','sergey77','olga_s'])[1 + (random() * 4)::int]
      || (random() * 999)::int || '@' || (ARRAY['mail.ru','yandex.ru','gmail.com','example.org'])[1 + (random() * 3)::int] AS email,
    'ул. ' || (ARRAY['Ленина','Баумана','Пушкина','Гагарина'])[1 + (random() * 3)::int] || ', д. ' || (1 + (random() * 120)::int) AS street,
    (random() * 15)::int AS t
  FROM generate_series(1, $ROWS) AS i
)
SELECT i AS id, CASE t
  WHEN 0 THEN 'Здравствуйте! Меня зовут ' || name || ' ' || surname || ', мой телефон ' || phone
  WHEN 1 THEN 'Перезвоните, пожалуйста, на ' || phone || ' после шести вечера'
  WHEN 2 THEN 'Почта для счёта: ' || email || ', спасибо'
  WHEN 3 THEN 'Доставка на ' || street || ', кв. ' || (i % 200) || ', звонить ' || phone
  WHEN 4 THEN 'Добрый день, а когда будет готов мой заказ?'
  WHEN 5 THEN name || ', подскажите, у вас есть запись на субботу?'
  WHEN 6 THEN 'Hi, this is ' || name || ', reach me at ' || email || ' or ' || phone
  WHEN 7 THEN 'Оплатил картой 4276 3800 1234 5679, пришлите чек на ' || email
  WHEN 8 THEN 'Спасибо, всё получили!'
  WHEN 9 THEN 'ИНН организации 7707083893, контактное лицо ' || surname || ' ' || name
  WHEN 10 THEN 'Можно перенести встречу на завтра?'
  WHEN 11 THEN 'Мой номер поменялся, новый: ' || phone || '. ' || name
  WHEN 12 THEN 'Сколько стоит доставка до метро?'
  WHEN 13 THEN 'Отправил документы на ' || email || ', проверьте пожалуйста'
  WHEN 14 THEN 'Адрес: г. Казань, ' || street || ', спросить ' || name
  ELSE 'Заказ №' || i || ' оформлен, телефон ' || phone
END AS body FROM parts;
ANALYZE messages;
SQL

rows_bytes=$(pg_psql -At -c "SELECT count(*) || ' rows, ' || round(avg(octet_length(body))) || ' bytes a row on average' FROM messages")
echo "bench-postgres: $rows_bytes; PostgreSQL $(pg_psql -At -c 'SHOW server_version'), $(nproc) cores"

# Runs one statement (after the SETs) and prints its wall-clock rows/s.
measure() {
  local label=$1 sets=$2 sql=$3 t0 t1
  pg_psql -v ON_ERROR_STOP=1 -c "CHECKPOINT" >/dev/null
  t0=$(date +%s.%N)
  pg_psql -v ON_ERROR_STOP=1 <<<"$sets $sql" >/dev/null
  t1=$(date +%s.%N)
  awk -v l="$label" -v r="$ROWS" -v a="$t0" -v b="$t1" \
    'BEGIN { printf "  %-62s %7.2f s  %9.0f rows/s\n", l, b - a, r / (b - a) }'
}

measure "CREATE TABLE AS SELECT body (copy only, serial)" "SET max_parallel_workers_per_gather = 0;" \
  "CREATE TABLE c0 AS SELECT id, body FROM messages;"
measure "CREATE TABLE AS SELECT zaslon_redact(body), serial" "SET max_parallel_workers_per_gather = 0;" \
  "CREATE TABLE r0 AS SELECT id, zaslon_redact(body) AS body FROM messages;"
measure "CREATE TABLE AS SELECT zaslon_redact(body), $W workers + leader" \
  "SET max_parallel_workers_per_gather = $W; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;" \
  "CREATE TABLE rw AS SELECT id, zaslon_redact(body) AS body FROM messages;"
measure "UPDATE messages SET body = zaslon_redact(body) (serial)" "" \
  "UPDATE messages SET body = zaslon_redact(body);"

same=$(pg_psql -At -c "SELECT count(*) FROM r0 JOIN rw USING (id) WHERE r0.body = rw.body")
left=$(pg_psql -At -c "SELECT count(*) FROM messages WHERE body ~ '@|\\d{3}-\\d{2}-\\d{2}'")
echo "  serial and parallel results equal on $same of $ROWS rows; rows still showing an e-mail or phone: $left"
pg_psql -At -c "SELECT body FROM messages ORDER BY id LIMIT 4"
