/* cli.c — `zaslon`: scrub logs and exports natively with the same engine and policy as the
 * browser. Never prints message text anywhere but stdout. */
#include <cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/input.h"
#include "zaslon.h"

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2, EXIT_BLOCKED = 3 };

static const char USAGE[] =
    "usage: zaslon scan    [--policy FILE] [--jsonl]\n"
    "       zaslon redact  [--policy FILE] [--vault FILE] [--jsonl]\n"
    "       zaslon restore --vault FILE\n"
    "       zaslon rsyslog [--policy FILE]\n"
    "       zaslon --help | --version\n"
    "\n"
    "scan     reads text on stdin and prints one line per span: START END TYPE (UTF-8 byte\n"
    "         offsets, half-open).\n"
    "redact   prints the text with personal data replaced as the policy says.\n"
    "restore  puts the original values back for the pseudonyms in the vault.\n"
    "rsyslog  an rsyslog mmexternal filter (interface.input=\"fulljson\"): per input line,\n"
    "         one reply line {\"msg\":...,\"rawmsg\":...,\"$!\":{\"zaslon\":\"redacted\"}};\n"
    "         a message it cannot process becomes a placeholder with \"zaslon\":\"error\".\n"
    "         One vault in memory for the whole run: a value keeps its pseudonym from line\n"
    "         to line; after 10000 values it is wiped and the numbering starts over.\n"
    "         See examples/rsyslog/zaslon.conf.\n"
    "--jsonl  each stdin line is {\"id\":...,\"text\":\"...\"}; each output line is\n"
    "         {\"id\":...,\"spans\":[{\"start\":B,\"end\":B,\"type\":\"T\"}]} (redact adds "
    "\"text\").\n"
    "         A bad line (not JSON, no text, a NUL anywhere in it, an engine error) gives\n"
    "         {\"id\":...,\"error\":\"...\"} (id null if unreadable) and the run goes on.\n"
    "--policy a JSON policy (default: the built-in policy, see README).\n"
    "--vault  a vault file: read if it exists, written back after redact (mode 0600).\n"
    "exit status: 0 ok, 1 a line or the run failed, 2 usage, 3 redact: the policy blocks the "
    "text,\n"
    "         128+N stopped by signal N (SIGTERM, SIGINT, SIGHUP: after the current line, with\n"
    "         memory wiped).\n";

static char *read_stream(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *p = malloc(cap * 2);
            if (!p) {
                memset(buf, 0, n);
                free(buf);
                return NULL;
            }
            memcpy(p, buf, n);
            memset(buf, 0, n);
            free(buf);
            buf = p;
            cap *= 2;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
    }
    if (ferror(f)) {
        memset(buf, 0, n);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static void wipe_free(char *p, size_t n) {
    if (!p) return;
    volatile char *v = p;
    for (size_t i = 0; i < n; i++)
        v[i] = 0;
    free(p);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = read_stream(f, len);
    fclose(f);
    return s;
}

/* The vault holds every original value: it is read only from a regular file reached without a
 * symbolic link (a link planted in a shared folder would hand another file to the redactor),
 * and opened non-blocking so that a FIFO in its place cannot hang the run. NULL with *why set. */
static char *read_vault_file(const char *path, size_t *len, const char **why, bool *missing) {
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    *missing = fd < 0 && errno == ENOENT;
    if (fd < 0) {
        *why = errno == ELOOP ? "it is a symbolic link (refused: the vault is read only from a "
                                "regular file)"
                              : strerror(errno);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *why = "not a regular file (refused)";
        close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        *why = strerror(errno);
        close(fd);
        return NULL;
    }
    char *s = read_stream(f, len);
    if (!s) *why = strerror(errno);
    fclose(f);
    return s;
}

static bool write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* A fresh file in the vault's own folder (mkstemp: O_EXCL, never a planted file or link, never
 * a leftover's mode), 0600, on disk before rename() puts it in place: a crash leaves the old
 * vault or the new one, and rename replaces a link at the path instead of writing through it. */
static int write_vault(const zaslon_vault *v, const char *path) {
    zaslon_buf b = {0};
    int rc = zaslon_vault_serialize(v, &b);
    if (rc) return rc;
    char tmp[4096];
    int fd = -1;
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) < sizeof tmp) fd = mkstemp(tmp);
    bool ok = fd >= 0 && fchmod(fd, 0600) == 0 && write_all(fd, b.data, b.len) && fsync(fd) == 0;
    if (fd >= 0) ok = close(fd) == 0 && ok;
    ok = ok && rename(tmp, path) == 0;
    if (!ok && fd >= 0) unlink(tmp);
    zaslon_buf_free(&b);
    return ok ? 0 : ZASLON_E_INTERNAL;
}

typedef struct {
    const char *cmd, *policy_file, *vault_file;
    bool jsonl;
} options;

/* A byte offset as digits: cJSON's numbers cost a printf("%1.15g") and a sscanf round trip each,
 * which was a third of the time of `--jsonl` on chat messages. */
static void add_offset(cJSON *o, const char *key, size_t v) {
    char digits[24];
    snprintf(digits, sizeof digits, "%zu", v);
    cJSON_AddRawToObject(o, key, digits);
}

static void add_spans(cJSON *o, const zaslon_policy *p, const zaslon_spans *sp, bool redact) {
    cJSON *arr = cJSON_AddArrayToObject(o, "spans");
    for (size_t k = 0; k < sp->count; k++) {
        cJSON *s = cJSON_CreateObject();
        add_offset(s, "start", sp->items[k].start);
        add_offset(s, "end", sp->items[k].end);
        cJSON_AddStringToObject(s, "type", zaslon_type_name(p, sp->items[k].type));
        if (redact) cJSON_AddStringToObject(s, "action", zaslon_action_name(sp->items[k].action));
        cJSON_AddItemToArray(arr, s);
    }
}

static void print_json(cJSON *o) {
    char *s = cJSON_PrintUnformatted(o);
    if (s) {
        fputs(s, stdout);
        fputc('\n', stdout);
        wipe_free(s, strlen(s));
    }
}

static void print_error_line(const cJSON *id, const char *msg) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "id", id ? cJSON_Duplicate(id, true) : cJSON_CreateNull());
    cJSON_AddStringToObject(o, "error", msg);
    print_json(o);
    cJSON_Delete(o);
}

/* cJSON keeps a string's NUL (raw, or the escape \u0000) inside valuestring, where strlen() would
 * silently cut the text short: whatever follows the NUL would go out unscanned. Such a line is
 * refused instead. */
static bool line_has_nul(const char *line, size_t len) {
    if (memchr(line, 0, len)) return true;
    for (size_t i = 0; i + 1 < len; i++) {
        if (line[i] != '\\') continue;
        if (line[i + 1] == 'u' && i + 6 <= len && memcmp(line + i + 2, "0000", 4) == 0) return true;
        i++; /* the escaped character, so that "\\u0000" is a backslash and text */
    }
    return false;
}

static int run_jsonl(const options *o, const zaslon_policy *p, zaslon_vault *v) {
    line_reader r = {.fd = STDIN_FILENO, .answers = stdout};
    size_t len;
    int status = EXIT_OK;
    zaslon_spans spans = {0};
    zaslon_buf out = {0};
    long lineno = 0;
    while (line_next(&r, &len)) {
        const char *line = r.buf;
        lineno++;
        if (len == 0) continue;
        cJSON *in = cJSON_ParseWithLength(line, len);
        const cJSON *id = in ? cJSON_GetObjectItemCaseSensitive(in, "id") : NULL;
        const cJSON *text = in ? cJSON_GetObjectItemCaseSensitive(in, "text") : NULL;
        char msg[160];
        if (!in) {
            /* broken JSON, or an escape cJSON refuses (a lone surrogate "\ud800") */
            snprintf(msg, sizeof msg, "line %ld: not valid JSON (or a lone UTF-16 surrogate)",
                     lineno);
            print_error_line(NULL, msg);
            status = EXIT_FAILED;
        } else if (!cJSON_IsObject(in) || !cJSON_IsString(text)) {
            /* an object keeps its id in the answer, so the caller knows which message failed */
            snprintf(msg, sizeof msg, "line %ld: expected {\"id\": ..., \"text\": \"...\"}",
                     lineno);
            print_error_line(cJSON_IsObject(in) ? id : NULL, msg);
            status = EXIT_FAILED;
        } else if (line_has_nul(line, len)) {
            snprintf(msg, sizeof msg, "line %ld: the line contains a NUL character (\\u0000)",
                     lineno);
            print_error_line(id, msg);
            status = EXIT_FAILED;
        } else {
            size_t tl = strlen(text->valuestring);
            int rc = strcmp(o->cmd, "scan") == 0
                         ? zaslon_scan(p, text->valuestring, tl, &spans)
                         : zaslon_redact(p, v, text->valuestring, tl, &out, &spans);
            if (rc < 0) {
                snprintf(msg, sizeof msg, "line %ld: %s", lineno, zaslon_strerror(rc));
                print_error_line(id, msg);
                status = EXIT_FAILED;
            } else {
                cJSON *res = cJSON_CreateObject();
                cJSON_AddItemToObject(res, "id",
                                      id ? cJSON_Duplicate(id, true) : cJSON_CreateNull());
                if (strcmp(o->cmd, "redact") == 0) {
                    cJSON_AddStringToObject(res, "text", out.data ? out.data : "");
                    if (rc == ZASLON_BLOCKED) cJSON_AddTrueToObject(res, "blocked");
                }
                add_spans(res, p, &spans, strcmp(o->cmd, "redact") == 0);
                print_json(res);
                cJSON_Delete(res);
            }
        }
        /* every cJSON block is zeroed when freed, by its real size (the library's json_wipe.c
         * hooks, set by zaslon_policy_compile) */
        cJSON_Delete(in);
    }
    if (r.failed) {
        fprintf(stderr, "zaslon: cannot read stdin: %s\n", strerror(errno));
        status = EXIT_FAILED;
    }
    line_reader_free(&r);
    zaslon_spans_free(&spans);
    zaslon_buf_free(&out);
    return status;
}

/* `zaslon rsyslog`: rsyslog's mmexternal message modification interface. rsyslog writes one
 * message per line (interface.input="fulljson": the message object as JSON, so a multi-line
 * message is still one line) and waits for exactly one reply line per message, in order: the
 * properties to change. Both msg and rawmsg are replaced, so that no template can write the
 * original. "$!zaslon" says what happened; the configuration writes only messages whose value
 * this process set (examples/rsyslog/zaslon.conf), so a message that never got a reply -- the
 * filter crashed or was killed -- is not written raw. A message that cannot be redacted is
 * replaced by a placeholder naming why, never passed through. Each reply is flushed at once:
 * rsyslog blocks on it. */
static bool rsyslog_reply(cJSON *reply) {
    char *s = reply ? cJSON_PrintUnformatted(reply) : NULL;
    if (!s) return false;
    fputs(s, stdout);
    fputc('\n', stdout);
    wipe_free(s, strlen(s));
    return true;
}

static const char *rsyslog_redact(const zaslon_policy *p, zaslon_vault *v, const cJSON *in,
                                  cJSON *reply, zaslon_buf *out, zaslon_spans *spans) {
    static const char *const keys[] = {"msg", "rawmsg"};
    const cJSON *msg = cJSON_GetObjectItemCaseSensitive(in, "msg");
    if (!cJSON_IsString(msg))
        return "the line is not rsyslog's message object (set interface.input=\"fulljson\")";
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        const cJSON *s = cJSON_GetObjectItemCaseSensitive(in, keys[k]);
        if (!cJSON_IsString(s)) continue;
        int rc = zaslon_redact(p, v, s->valuestring, strlen(s->valuestring), out, spans);
        if (rc < 0) return zaslon_strerror(rc);
        if (!cJSON_AddStringToObject(reply, keys[k], out->data ? out->data : ""))
            return zaslon_strerror(ZASLON_E_NOMEM);
    }
    cJSON *vars = cJSON_AddObjectToObject(reply, "$!");
    if (!vars || !cJSON_AddStringToObject(vars, "zaslon", "redacted"))
        return zaslon_strerror(ZASLON_E_NOMEM);
    return NULL;
}

/* One vault for the filter's life, so that a value keeps its token from line to line: a log
 * reader follows <PERSON_1> or <PHONE_NUMBER_2> through a session, where a vault per line
 * would call every first phone of a line <PHONE_NUMBER_1>. It lives in memory only and is
 * zeroed when the filter ends; rsyslog keeps the filter running for days, so once it holds
 * RSYSLOG_VAULT_MAX values it is wiped and the numbering starts over (said on stderr). */
enum { RSYSLOG_VAULT_MAX = 10000 };

static int run_rsyslog(const zaslon_policy *p, zaslon_vault *v) {
    /* Fixed, so that even out of memory a reply goes out and rsyslog is never left waiting. */
    static const char WITHHELD[] = "{\"msg\":\"[zaslon: message withheld]\",\"rawmsg\":\"[zaslon: "
                                   "message withheld]\",\"$!\":{\"zaslon\":\"error\"}}\n";
    line_reader r = {.fd = STDIN_FILENO, .answers = stdout};
    size_t len;
    int status = EXIT_OK;
    zaslon_spans spans = {0};
    zaslon_buf out = {0};
    while (line_next(&r, &len)) {
        const char *line = r.buf;
        if (zaslon_vault_count(v) >= RSYSLOG_VAULT_MAX) {
            zaslon_vault_wipe(v);
            fprintf(stderr,
                    "zaslon rsyslog: the vault reached %d values and was wiped; "
                    "pseudonyms start over from 1\n",
                    RSYSLOG_VAULT_MAX);
        }
        cJSON *in = cJSON_ParseWithLength(line, len);
        cJSON *reply = cJSON_CreateObject();
        const char *why = !cJSON_IsObject(in)
                              ? "the line is not a JSON object (set interface.input=\"fulljson\")"
                          : line_has_nul(line, len) ? "the message contains a NUL character"
                          : !reply                  ? zaslon_strerror(ZASLON_E_NOMEM)
                                                    : rsyslog_redact(p, v, in, reply, &out, &spans);
        if (why) {
            char placeholder[200];
            snprintf(placeholder, sizeof placeholder, "[zaslon: message withheld: %s]", why);
            cJSON_Delete(reply);
            reply = cJSON_CreateObject();
            cJSON *vars = reply ? cJSON_AddObjectToObject(reply, "$!") : NULL;
            if (!vars || !cJSON_AddStringToObject(reply, "msg", placeholder) ||
                !cJSON_AddStringToObject(reply, "rawmsg", placeholder) ||
                !cJSON_AddStringToObject(vars, "zaslon", "error")) {
                cJSON_Delete(reply);
                reply = NULL;
            }
            fprintf(stderr, "zaslon rsyslog: message withheld: %s\n", why);
            status = EXIT_FAILED;
        }
        if (!rsyslog_reply(reply)) fputs(WITHHELD, stdout);
        cJSON_Delete(reply);
        cJSON_Delete(in);
        if (fflush(stdout) != 0) break; /* rsyslog went away */
    }
    if (r.failed) {
        fprintf(stderr, "zaslon: cannot read stdin: %s\n", strerror(errno));
        status = EXIT_FAILED;
    }
    line_reader_free(&r);
    zaslon_spans_free(&spans);
    zaslon_buf_free(&out);
    return status;
}

static int run_whole(const options *o, const zaslon_policy *p, zaslon_vault *v) {
    size_t len = 0;
    char *text = input_read_all(STDIN_FILENO, &len);
    if (!text) {
        if (!input_stop_signal())
            fprintf(stderr, "zaslon: cannot read stdin: %s\n", strerror(errno));
        return EXIT_FAILED;
    }
    zaslon_spans spans = {0};
    zaslon_buf out = {0};
    int status = EXIT_OK, rc;
    if (strcmp(o->cmd, "scan") == 0) {
        rc = zaslon_scan(p, text, len, &spans);
        for (size_t k = 0; rc >= 0 && k < spans.count; k++)
            printf("%zu %zu %s\n", spans.items[k].start, spans.items[k].end,
                   zaslon_type_name(p, spans.items[k].type));
    } else if (strcmp(o->cmd, "redact") == 0) {
        rc = zaslon_redact(p, v, text, len, &out, &spans);
        if (rc >= 0) fwrite(out.data, 1, out.len, stdout);
        if (rc == ZASLON_BLOCKED) {
            fprintf(stderr, "zaslon: the policy blocks this text (output is redacted)\n");
            status = EXIT_BLOCKED;
        }
    } else {
        rc = zaslon_restore(v, text, len, &out);
        if (rc >= 0) fwrite(out.data, 1, out.len, stdout);
    }
    if (rc < 0) {
        fprintf(stderr, "zaslon: %s\n", zaslon_strerror(rc));
        status = EXIT_FAILED;
    }
    wipe_free(text, len);
    zaslon_spans_free(&spans);
    zaslon_buf_free(&out);
    return status;
}

int main(int argc, char **argv) {
    options o = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("zaslon %s\n", zaslon_version());
            return EXIT_OK;
        } else if (strcmp(a, "--jsonl") == 0) {
            o.jsonl = true;
        } else if (strcmp(a, "--policy") == 0 && i + 1 < argc) {
            o.policy_file = argv[++i];
        } else if (strcmp(a, "--vault") == 0 && i + 1 < argc) {
            o.vault_file = argv[++i];
        } else if (!o.cmd && (strcmp(a, "scan") == 0 || strcmp(a, "redact") == 0 ||
                              strcmp(a, "restore") == 0 || strcmp(a, "rsyslog") == 0)) {
            o.cmd = a;
        } else {
            fprintf(stderr, "zaslon: unexpected argument '%s'\n%s", a, USAGE);
            return EXIT_USAGE;
        }
    }
    if (!o.cmd) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    if (strcmp(o.cmd, "rsyslog") == 0 && (o.vault_file || o.jsonl)) {
        fprintf(stderr, "zaslon: rsyslog takes only --policy FILE\n");
        return EXIT_USAGE;
    }
    if (strcmp(o.cmd, "restore") == 0 && (!o.vault_file || o.jsonl)) {
        fprintf(stderr, "zaslon: restore needs --vault FILE (and no --jsonl)\n");
        return EXIT_USAGE;
    }
    if (input_signals_install() != 0) {
        fprintf(stderr, "zaslon: cannot set up signal handling: %s\n", strerror(errno));
        return EXIT_FAILED;
    }
    zaslon_error err;
    char *pj = NULL;
    size_t pl = 0;
    if (o.policy_file && !(pj = read_file(o.policy_file, &pl))) {
        fprintf(stderr, "zaslon: cannot read policy %s: %s\n", o.policy_file, strerror(errno));
        return EXIT_FAILED;
    }
    zaslon_policy *p = zaslon_policy_compile(pj, pl, &err);
    free(pj);
    if (!p) {
        fprintf(stderr, "zaslon: policy: %s\n", err.message);
        return EXIT_FAILED;
    }
    zaslon_vault *v = NULL;
    if (o.vault_file) {
        size_t vl;
        const char *why = "";
        bool missing = false;
        char *vj = read_vault_file(o.vault_file, &vl, &why, &missing);
        if (vj) {
            v = zaslon_vault_load(vj, vl, &err);
            wipe_free(vj, vl);
            if (!v) {
                fprintf(stderr, "zaslon: vault %s: %s\n", o.vault_file, err.message);
                zaslon_policy_free(p);
                return EXIT_FAILED;
            }
        } else if (!missing || strcmp(o.cmd, "restore") == 0) {
            fprintf(stderr, "zaslon: cannot read vault %s: %s\n", o.vault_file, why);
            zaslon_policy_free(p);
            return EXIT_FAILED;
        }
    }
    if (!v) v = zaslon_vault_new();
    int status = strcmp(o.cmd, "rsyslog") == 0 ? run_rsyslog(p, v)
                 : o.jsonl                     ? run_jsonl(&o, p, v)
                                               : run_whole(&o, p, v);
    if (o.vault_file && strcmp(o.cmd, "redact") == 0 && write_vault(v, o.vault_file) != 0) {
        fprintf(stderr, "zaslon: cannot write vault %s\n", o.vault_file);
        status = EXIT_FAILED;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) status = EXIT_FAILED;
    zaslon_vault_free(v);
    zaslon_policy_free(p);
    /* Only now, with the vault and every buffer zeroed; never in the middle of a line's output. */
    int sig = input_stop_signal();
    if (sig) {
        fprintf(stderr, "zaslon: stopped by signal %d (%s) between lines; memory wiped\n", sig,
                strsignal(sig));
        return 128 + sig;
    }
    return status;
}
