/* vault.c — the pseudonyms of one conversation: (type, normalised value) -> number, and back
 * from "<TYPE_N>" to the exact original bytes. Everything it holds is zeroed when released. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/codec.h"
#include "common/error.h"
#include "common/mem.h"
#include "common/types.h"
#include "redact/vault.h"

typedef struct {
    char type[ZS_NAME_MAX + 1];
    unsigned num;
    unsigned char *key;
    size_t keylen;
    unsigned char *orig;
    size_t origlen;
    uint32_t person; /* PERSON: its person in the people table, index + 1; 0 if none */
} entry;

struct zaslon_vault {
    entry *e;
    size_t n, cap;
    /* Two open-addressing indexes into e[] (value+1, 0 = empty): by (type, key) and by
     * (type, number). Capacity is a power of two, at most half full. */
    uint32_t *by_key, *by_num;
    size_t icap;
    /* The largest number given per type, so a new value's number costs no scan of e[]. */
    struct {
        char type[ZS_NAME_MAX + 1];
        unsigned max;
    } * tmax;
    size_t ntmax, cap_tmax;
    zs_people people; /* what is known of each PERSON pseudonym's person (vault_person.c) */
};

/* A type name into a fixed field (names are at most ZS_NAME_MAX bytes: the policy checks them).
 * Not snprintf: it ran on every new value of every redaction. */
static void set_type(char dst[ZS_NAME_MAX + 1], const char *type) {
    size_t l = strnlen(type, ZS_NAME_MAX);
    memcpy(dst, type, l);
    dst[l] = 0;
}

/* The largest pseudonym number restore reads back (parse_token takes at most nine digits). */
#define MAX_NUMBER 999999999u

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}

static uint64_t hash_key(const char *type, const unsigned char *key, size_t keylen) {
    return fnv(fnv(14695981039346656037ULL, type, strlen(type) + 1), key, keylen);
}

static uint64_t hash_num(const char *type, unsigned num) {
    return fnv(fnv(14695981039346656037ULL, type, strlen(type) + 1), &num, sizeof num);
}

zaslon_vault *zaslon_vault_new(void) {
    return calloc(1, sizeof(zaslon_vault));
}

static void clear_entries(zaslon_vault *v) {
    for (size_t k = 0; k < v->n; k++) {
        zs_free_zero(v->e[k].key, v->e[k].keylen);
        zs_free_zero(v->e[k].orig, v->e[k].origlen);
    }
    zs_memzero(v->e, v->cap * sizeof *v->e);
    v->n = 0;
    if (v->by_key) memset(v->by_key, 0, v->icap * sizeof *v->by_key);
    if (v->by_num) memset(v->by_num, 0, v->icap * sizeof *v->by_num);
    v->ntmax = 0;
    zs_people_clear(&v->people);
}

void zaslon_vault_wipe(zaslon_vault *v) {
    if (v) clear_entries(v);
}

void zaslon_vault_free(zaslon_vault *v) {
    if (!v) return;
    clear_entries(v);
    free(v->e);
    free(v->by_key);
    free(v->by_num);
    free(v->tmax);
    zs_people_free(&v->people);
    free(v);
}

size_t zaslon_vault_count(const zaslon_vault *v) {
    return v ? v->n : 0;
}

static void index_insert(uint32_t *tab, size_t cap, uint64_t h, uint32_t val) {
    size_t m = cap - 1, i = (size_t)h & m;
    while (tab[i])
        i = (i + 1) & m;
    tab[i] = val;
}

static bool rehash(zaslon_vault *v) {
    size_t cap = v->icap ? v->icap * 2 : 64;
    uint32_t *a = calloc(cap, sizeof *a), *b = calloc(cap, sizeof *b);
    if (!a || !b) {
        free(a);
        free(b);
        return false;
    }
    for (size_t k = 0; k < v->n; k++) {
        const entry *e = &v->e[k];
        index_insert(a, cap, hash_key(e->type, e->key, e->keylen), (uint32_t)k + 1);
        index_insert(b, cap, hash_num(e->type, e->num), (uint32_t)k + 1);
    }
    free(v->by_key);
    free(v->by_num);
    v->by_key = a;
    v->by_num = b;
    v->icap = cap;
    return true;
}

static entry *find_key(const zaslon_vault *v, const char *type, const unsigned char *key,
                       size_t keylen) {
    if (!v->icap) return NULL;
    size_t m = v->icap - 1, i = (size_t)hash_key(type, key, keylen) & m;
    for (; v->by_key[i]; i = (i + 1) & m) {
        entry *e = &v->e[v->by_key[i] - 1];
        if (e->keylen == keylen && strcmp(e->type, type) == 0 && memcmp(e->key, key, keylen) == 0)
            return e;
    }
    return NULL;
}

static const entry *find_num(const zaslon_vault *v, const char *type, unsigned num) {
    if (!v->icap) return NULL;
    size_t m = v->icap - 1, i = (size_t)hash_num(type, num) & m;
    for (; v->by_num[i]; i = (i + 1) & m) {
        const entry *e = &v->e[v->by_num[i] - 1];
        if (e->num == num && strcmp(e->type, type) == 0) return e;
    }
    return NULL;
}

static unsigned next_number(const zaslon_vault *v, const char *type) {
    for (size_t k = 0; k < v->ntmax; k++)
        if (strcmp(v->tmax[k].type, type) == 0) return v->tmax[k].max + 1;
    return 1;
}

static bool note_number(zaslon_vault *v, const char *type, unsigned num) {
    for (size_t k = 0; k < v->ntmax; k++)
        if (strcmp(v->tmax[k].type, type) == 0) {
            if (num > v->tmax[k].max) v->tmax[k].max = num;
            return true;
        }
    if (v->ntmax == v->cap_tmax) {
        size_t cap = v->cap_tmax ? v->cap_tmax * 2 : 8;
        void *p = realloc(v->tmax, cap * sizeof *v->tmax);
        if (!p) return false;
        v->tmax = p;
        v->cap_tmax = cap;
    }
    set_type(v->tmax[v->ntmax].type, type);
    v->tmax[v->ntmax++].max = num;
    return true;
}

static bool add_entry(zaslon_vault *v, const char *type, unsigned num, const unsigned char *key,
                      size_t keylen, const unsigned char *orig, size_t origlen) {
    if (v->n >= 0x7fffffff || !note_number(v, type, num)) return false;
    if ((v->n + 1) * 2 > v->icap && !rehash(v)) return false;
    entry *room = zs_array_room(v->e, v->n, &v->cap, sizeof *room, 16);
    if (!room) return false;
    v->e = room;
    entry *e = &v->e[v->n];
    memset(e, 0, sizeof *e);
    set_type(e->type, type);
    e->num = num;
    e->key = malloc(keylen + 1);
    e->orig = malloc(origlen + 1);
    if (!e->key || !e->orig) {
        free(e->key);
        free(e->orig);
        return false;
    }
    if (keylen) memcpy(e->key, key, keylen);
    if (origlen) memcpy(e->orig, orig, origlen);
    e->keylen = keylen;
    e->origlen = origlen;
    index_insert(v->by_key, v->icap, hash_key(type, key, keylen), (uint32_t)v->n + 1);
    index_insert(v->by_num, v->icap, hash_num(type, num), (uint32_t)v->n + 1);
    v->n++;
    return true;
}

unsigned zs_vault_number(zaslon_vault *v, const char *type, const unsigned char *key, size_t keylen,
                         const unsigned char *orig, size_t origlen) {
    entry *e = find_key(v, type, key ? key : (const unsigned char *)"", keylen);
    if (e) return e->num;
    unsigned num = next_number(v, type);
    /* a number restore could not read would leave its value unrestorable: refuse it (0 fails
     * the redaction) */
    if (num == 0 || num > MAX_NUMBER) return 0;
    if (!add_entry(v, type, num, key ? key : (const unsigned char *)"", keylen, orig, origlen))
        return 0;
    return num;
}

/* For a mention of one full word in the first-name or the surname slot: the same word in the
 * other slot (*other). False for any other mention. */
static bool lone_other_slot(const zs_name *m, zs_name *other) {
    int from = -1;
    for (int s = 0; s < ZS_SLOTS; s++) {
        if (!m->part[s].kind) continue;
        if (from >= 0 || m->part[s].kind != ZS_PART_FULL || s == ZS_SLOT_SECOND) return false;
        from = s;
    }
    if (from < 0) return false;
    memset(other, 0, sizeof *other);
    other->sex = m->sex;
    other->part[from == ZS_SLOT_FIRST ? ZS_SLOT_SURNAME : ZS_SLOT_FIRST] = m->part[from];
    return true;
}

static unsigned person_number(zaslon_vault *v, const char *type, const unsigned char *key,
                              size_t keylen, const zs_name *name, const unsigned char *orig,
                              size_t origlen, unsigned char *alt, size_t altcap) {
    entry *e = find_key(v, type, key, keylen);
    /* the same words in any case form: their own pseudonym, unless its person turned out to be
     * of the other sex (a lone «Петрову», keyed as his, was hers) */
    if (e && (!e->person || zs_people_fits(name, &v->people.p[e->person - 1]))) return e->num;
    if (e) {
        if (keylen > altcap - 2) return e->num;
        memcpy(alt, key, keylen);
        alt[keylen++] = 1; /* no key has this byte: the words read as one sex only */
        alt[keylen++] = name->sex == 1 ? 'm' : 'f';
        key = alt;
        if ((e = find_key(v, type, key, keylen)) != NULL) return e->num;
    }
    size_t which = 0;
    int fit = zs_people_link(&v->people, name, &which);
    if (fit == 1) return zs_people_absorb(&v->people, which, name) ? v->people.p[which].num : 0;
    if (fit == 0) {
        /* a lone word read as a first name may be the surname of someone named in full before
         * ("Mohammed Rashid … Rashid said": Rashid is a given name too; «Иван Смит … Смит»: an
         * unknown word), and one read as a surname the given name ("Ngozi Okafor … Ngozi said");
         * the word's dictionary form in its slot is taken for the other's (a foreign name does
         * not decline; a Russian form that does gives another word, which links no one) */
        zs_name other;
        if (lone_other_slot(name, &other)) {
            fit = zs_people_link(&v->people, &other, &which);
            bool ok = fit == 1 && zs_people_absorb(&v->people, which, &other);
            zs_memzero(&other, sizeof other);
            if (fit == 1) return ok ? v->people.p[which].num : 0;
        }
    }
    unsigned num = zs_vault_number(v, type, key, keylen, orig, origlen);
    if (!num || !zs_people_add(&v->people, num, name, fit == 2)) return 0;
    find_key(v, type, key, keylen)->person = (uint32_t)v->people.n;
    return num;
}

const zs_people *zs_vault_people(const zaslon_vault *v) {
    return &v->people;
}

unsigned zs_vault_person(zaslon_vault *v, const char *type, const unsigned char *key, size_t keylen,
                         const zs_name *name, const unsigned char *orig, size_t origlen) {
    unsigned char alt[ZS_PART_MAX * 4 + 2];
    unsigned num = person_number(v, type, key, keylen, name, orig, origlen, alt, sizeof alt);
    zs_memzero(alt, sizeof alt);
    return num;
}

/* ---- restore -------------------------------------------------------------------------------- */

/* Parses a token at s[i]: "<TYPE_N>", "< TYPE_N >", "\<TYPE\_N\>", "&lt;TYPE_N&gt;" or a bare
 * "TYPE_N" at word boundaries. Returns its length and fills type/num, or 0. */
static size_t parse_token(const unsigned char *s, size_t n, size_t i, char *type, unsigned *num) {
    size_t j = i;
    int open = 0; /* 0 bare, 1 '<', 2 "&lt;", 3 "\<" */
    if (s[j] == '<')
        open = 1, j++;
    else if (j + 4 <= n && memcmp(s + j, "&lt;", 4) == 0)
        open = 2, j += 4;
    else if (j + 2 <= n && s[j] == '\\' && s[j + 1] == '<')
        open = 3, j += 2;
    else if (j > 0 && (((s[j - 1] | 0x20) >= 'a' && (s[j - 1] | 0x20) <= 'z') || s[j - 1] == '_' ||
                       (s[j - 1] >= '0' && s[j - 1] <= '9')))
        return 0;
    if (open)
        while (j < n && s[j] == ' ')
            j++;
    char name[ZS_NAME_MAX + 16];
    size_t k = 0;
    while (j < n && k < sizeof name - 1) {
        unsigned char c = s[j];
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
            name[k++] = (char)c;
            j++;
        } else if (c == '\\' && j + 1 < n && s[j + 1] == '_') {
            name[k++] = '_';
            j += 2;
        } else
            break;
    }
    name[k] = '\0';
    char *us = strrchr(name, '_');
    if (!us || us == name || !us[1] || strlen(us + 1) > 9) return 0;
    for (char *d = us + 1; *d; d++)
        if (*d < '0' || *d > '9') return 0;
    if (open) {
        while (j < n && s[j] == ' ')
            j++;
        if (open == 1 && j < n && s[j] == '>')
            j++;
        else if (open == 2 && j + 4 <= n && memcmp(s + j, "&gt;", 4) == 0)
            j += 4;
        else if (open == 3 && j + 2 <= n && s[j] == '\\' && s[j + 1] == '>')
            j += 2;
        else
            return 0;
    } else if (j < n &&
               (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') || (s[j] >= '0' && s[j] <= '9'))) {
        return 0;
    }
    *us = '\0';
    if (strlen(name) > ZS_NAME_MAX) return 0;
    strcpy(type, name);
    *num = (unsigned)strtoul(us + 1, NULL, 10);
    return j - i;
}

static int restore_text(const zaslon_vault *v, const char *text, size_t len, zaslon_buf *out) {
    if (!v || !out || (!text && len)) return ZASLON_E_ARG;
    zs_buf_clear(out);
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    if (!zs_buf_reserve(out, len)) return ZASLON_E_NOMEM;
    size_t pos = 0, i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (!(c == '<' || c == '&' || c == '\\' || (c >= 'A' && c <= 'Z'))) {
            i++;
            continue;
        }
        char type[ZS_NAME_MAX + 16];
        unsigned num;
        size_t tl = parse_token(s, len, i, type, &num);
        const entry *e = tl ? find_num(v, type, num) : NULL;
        if (!e) {
            /* skip the rest of an upper-case word so a bare-token check runs once per word */
            i++;
            while (c >= 'A' && c <= 'Z' && i < len &&
                   ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_' || (s[i] >= '0' && s[i] <= '9')))
                i++;
            continue;
        }
        if (!zs_buf_append(out, s + pos, i - pos) || !zs_buf_append(out, e->orig, e->origlen)) {
            zs_buf_clear(out);
            return ZASLON_E_NOMEM;
        }
        i += tl;
        pos = i;
    }
    if (!zs_buf_append(out, s + pos, len - pos)) {
        zs_buf_clear(out);
        return ZASLON_E_NOMEM;
    }
    return ZASLON_OK;
}

/* ---- serialisation --------------------------------------------------------------------------- */

/* Adds bytes p[0,n) as the string member `name`, or, when they hold a NUL (which ends a cJSON
 * string), as their base64 in `name`_base64: the vault gives back exactly what it was given. */
static bool add_bytes(cJSON *o, const char *name, const unsigned char *p, size_t n) {
    zaslon_buf b = {0};
    bool nul = memchr(p, 0, n) != NULL, ok;
    if (nul) {
        char field[32];
        snprintf(field, sizeof field, "%s_base64", name);
        ok = zs_b64_encode(p, n, &b) && cJSON_AddStringToObject(o, field, b.data);
    } else {
        ok = zs_buf_append(&b, p, n) && cJSON_AddStringToObject(o, name, b.data);
    }
    zaslon_buf_free(&b);
    return ok;
}

/* Reads member `name` (a string) or `name`_base64 into out; false if neither or both. */
static bool get_bytes(const cJSON *o, const char *name, zaslon_buf *out) {
    char field[32];
    snprintf(field, sizeof field, "%s_base64", name);
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(o, name);
    const cJSON *b = cJSON_GetObjectItemCaseSensitive(o, field);
    zs_buf_clear(out);
    if (cJSON_IsString(s) && !b) return zs_buf_append(out, s->valuestring, strlen(s->valuestring));
    if (cJSON_IsString(b) && !s) return zs_b64_decode(b->valuestring, strlen(b->valuestring), out);
    return false;
}

int zaslon_restore(const zaslon_vault *v, const char *text, size_t len, zaslon_buf *out) {
    int rc = restore_text(v, text, len, out);
    zs_stack_wipe();
    return rc;
}

int zaslon_vault_serialize(const zaslon_vault *v, zaslon_buf *out) {
    if (!v || !out) return ZASLON_E_ARG;
    zs_buf_clear(out);
    zs_json_init();
    cJSON *root = cJSON_CreateObject();
    cJSON *arr = root ? cJSON_AddArrayToObject(root, "entries") : NULL;
    bool ok = arr && zs_json_add_int(root, "zaslon_vault", 1);
    for (size_t k = 0; k < v->n && ok; k++) {
        const entry *e = &v->e[k];
        cJSON *o = cJSON_CreateObject();
        ok = o && cJSON_AddStringToObject(o, "type", e->type) && zs_json_add_int(o, "n", e->num) &&
             add_bytes(o, "key", e->key, e->keylen) && add_bytes(o, "value", e->orig, e->origlen);
        if (o) cJSON_AddItemToArray(arr, o);
    }
    ok = ok && zs_people_to_json(&v->people, root);
    char *s = ok ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root); /* zeroed by the hooks of json_wipe.c */
    if (!s) return ZASLON_E_NOMEM;
    size_t sl = strlen(s);
    ok = zs_buf_append(out, s, sl);
    zs_memzero(s, sl);
    cJSON_free(s);
    return ok ? ZASLON_OK : ZASLON_E_NOMEM;
}

/* The type names restore's parse_token reads: [A-Z][A-Z0-9_]*, ZS_NAME_MAX at most. */
static bool token_type(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > ZS_NAME_MAX || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
    for (size_t i = 1; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

/* The people of a loaded vault: as saved, each the person of one PERSON entry; a vault saved
 * before people were kept gets them from its PERSON values, read again as names. */
static bool load_people(zaslon_vault *v, const cJSON *root, zaslon_error *err) {
    const cJSON *people = cJSON_GetObjectItemCaseSensitive(root, "people");
    if (!people) {
        zs_name m;
        bool ok = true;
        for (size_t k = 0; k < v->n && ok; k++) {
            const entry *e = &v->e[k];
            if (strcmp(e->type, "PERSON") == 0 && zs_person_name(e->orig, e->origlen, &m, NULL)) {
                ok = zs_people_add(&v->people, e->num, &m, false);
                v->e[k].person = (uint32_t)v->people.n;
            }
        }
        zs_memzero(&m, sizeof m);
        if (!ok) zs_error_set(err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
        return ok;
    }
    if (zs_people_from_json(&v->people, people, err) != ZASLON_OK) return false;
    for (size_t k = 0; k < v->people.n; k++) {
        entry *e = (entry *)find_num(v, "PERSON", v->people.p[k].num);
        if (!e || e->person) {
            char path[48];
            snprintf(path, sizeof path, "$.people[%zu]", k);
            zs_error_set(err, ZASLON_E_VAULT, path, 0,
                         "n must be the number of a PERSON entry, once");
            return false;
        }
        e->person = (uint32_t)k + 1;
    }
    return true;
}

zaslon_vault *zaslon_vault_load(const char *data, size_t len, zaslon_error *err) {
    if (err) memset(err, 0, sizeof *err);
    if (!data) {
        zs_error_set(err, ZASLON_E_VAULT, "$", 0, "no data");
        return NULL;
    }
    zs_json_init();
    cJSON *root = cJSON_ParseWithLength(data, len);
    zaslon_vault *v = NULL;
    zaslon_buf key = {0}, val = {0};
    const cJSON *arr = root ? cJSON_GetObjectItemCaseSensitive(root, "entries") : NULL;
    const cJSON *ver = root ? cJSON_GetObjectItemCaseSensitive(root, "zaslon_vault") : NULL;
    if (!cJSON_IsArray(arr) || !cJSON_IsNumber(ver) || ver->valuedouble != 1) {
        zs_error_set(err, ZASLON_E_VAULT, "$", 0, "not a serialised zaslon vault (version 1)");
        goto out;
    }
    v = zaslon_vault_new();
    if (!v) {
        zs_error_set(err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
        goto out;
    }
    int k = 0;
    for (const cJSON *e = arr->child; e; e = e->next, k++) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(e, "type");
        const cJSON *num = cJSON_GetObjectItemCaseSensitive(e, "n");
        char path[48];
        snprintf(path, sizeof path, "$.entries[%d]", k);
        if (!cJSON_IsString(t) || !cJSON_IsNumber(num) || !get_bytes(e, "key", &key) ||
            !get_bytes(e, "value", &val)) {
            zs_error_set(err, ZASLON_E_VAULT, path, 0,
                         "entry needs type, n, key and value (key_base64 and value_base64: "
                         "valid base64)");
            goto fail;
        }
        /* only what restore can read back as a token: a name like PHONE_NUMBER and at most nine
         * digits */
        if (!token_type(t->valuestring)) {
            zs_error_set(err, ZASLON_E_VAULT, path, 0,
                         "type must be an upper-case name of at most %d characters like "
                         "PHONE_NUMBER",
                         ZS_NAME_MAX);
            goto fail;
        }
        if (num->valuedouble < 1 || num->valuedouble > MAX_NUMBER ||
            num->valuedouble != (double)(unsigned)num->valuedouble) {
            zs_error_set(err, ZASLON_E_VAULT, path, 0, "n must be a whole number from 1 to %u",
                         MAX_NUMBER);
            goto fail;
        }
        unsigned n = (unsigned)num->valuedouble;
        const unsigned char *kp = (const unsigned char *)(key.data ? key.data : "");
        if (find_num(v, t->valuestring, n) || find_key(v, t->valuestring, kp, key.len)) {
            zs_error_set(err, ZASLON_E_VAULT, path, 0, "duplicate entry");
            goto fail;
        }
        if (!add_entry(v, t->valuestring, n, kp, key.len,
                       (const unsigned char *)(val.data ? val.data : ""), val.len)) {
            zs_error_set(err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
            goto fail;
        }
    }
    if (!load_people(v, root, err)) goto fail;
    goto out;
fail:
    zaslon_vault_free(v);
    v = NULL;
out:
    zaslon_buf_free(&key);
    zaslon_buf_free(&val);
    cJSON_Delete(root); /* zeroed by the hooks of json_wipe.c */
    return v;
}
