/* vault_person.c — one person, one pseudonym across a conversation: a later «Петровой»,
 * «Анна Сергеевна» or «А. С. Петрова» after «Петрова Анна Сергеевна» is the same <PERSON_1>.
 *
 * Each PERSON pseudonym keeps what is known of its person: a first name, a second given name
 * (patronymic, middle name), a surname — each in its dictionary form, or only an initial — and
 * the sexes still possible. A new mention joins a person when, for a sex both allow, no part
 * disagrees and at least one full word agrees ("Анна" fits "Анна Петрова"; "Анна Смирнова" does
 * not, "Петров" (he) does not fit "Анна Петрова" (she)); it then adds its parts to the person.
 * A mention that fits two or more people is linked to none: it gets a pseudonym of its own that
 * only the same words (in any case form) reach again, so restore never puts one person's name
 * where another may have been meant. The rule in full: docs/pseudonyms.md. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/error.h"
#include "common/mem.h"
#include "redact/vault.h"

static uint32_t part_hash(int slot, const unsigned char *lem) {
    uint32_t h = 2166136261u ^ (uint32_t)slot;
    for (; *lem; lem++)
        h = (h ^ *lem) * 16777619u;
    return h | 1; /* 0 marks an empty slot of the index */
}

void zs_people_clear(zs_people *t) {
    if (t->p) zs_memzero(t->p, t->cap * sizeof *t->p);
    if (t->idx) memset(t->idx, 0, t->icap * sizeof *t->idx);
    t->n = t->nidx = 0;
}

void zs_people_free(zs_people *t) {
    zs_people_clear(t);
    free(t->p);
    free(t->idx);
    memset(t, 0, sizeof *t);
}

static void idx_put(zs_people_slot *tab, size_t cap, uint32_t h, uint32_t val) {
    size_t m = cap - 1, i = h & m;
    while (tab[i].person)
        i = (i + 1) & m;
    tab[i].hash = h;
    tab[i].person = val;
}

/* Indexes the full words of person k that the index does not hold yet (those of `before`). */
static bool index_parts(zs_people *t, size_t k, const zs_name_part *before) {
    const zs_person *r = &t->p[k];
    for (int s = 0; s < ZS_SLOTS; s++) {
        if (r->part[s].kind != ZS_PART_FULL || (before && before[s].kind == ZS_PART_FULL)) continue;
        for (int g = 0; g < 2; g++) {
            const unsigned char *l = r->part[s].lem[g];
            if (!l[0] || (g == 1 && strcmp((const char *)l, (const char *)r->part[s].lem[0]) == 0))
                continue;
            if ((t->nidx + 1) * 2 > t->icap) {
                size_t cap = t->icap ? t->icap * 2 : 64;
                zs_people_slot *a = calloc(cap, sizeof *a);
                if (!a) return false;
                for (size_t i = 0; i < t->icap; i++)
                    if (t->idx[i].person) idx_put(a, cap, t->idx[i].hash, t->idx[i].person);
                free(t->idx);
                t->idx = a;
                t->icap = cap;
            }
            idx_put(t->idx, t->icap, part_hash(s, l), (uint32_t)k + 1);
            t->nidx++;
        }
    }
    return true;
}

static bool initial_of(const unsigned char *initial, const unsigned char *full) {
    size_t l = strlen((const char *)initial);
    return l && strncmp((const char *)initial, (const char *)full, l) == 0;
}

/* The sexes under which mention m fits person r: no part disagrees, one full word agrees. */
uint8_t zs_people_fits(const zs_name *m, const zs_person *r) {
    uint8_t ok = 0;
    for (int g = 0; g < 2; g++) {
        if (!(m->sex & r->sex & (1 << g))) continue;
        int agree = 0;
        bool clash = false;
        for (int s = 0; s < ZS_SLOTS && !clash; s++) {
            const zs_name_part *a = &m->part[s], *b = &r->part[s];
            if (!a->kind || !b->kind) continue;
            const unsigned char *x = a->lem[g], *y = b->lem[g];
            if (a->kind != b->kind) /* an initial and a full word: "А." fits "анна" */
                clash = a->kind == ZS_PART_INITIAL ? !initial_of(x, y) : !initial_of(y, x);
            else if (!x[0] || strcmp((const char *)x, (const char *)y) != 0)
                clash = true;
            else if (a->kind == ZS_PART_FULL)
                agree++;
        }
        if (!clash && agree) ok |= (uint8_t)(1 << g);
    }
    return ok;
}

int zs_people_link(const zs_people *t, const zs_name *m, size_t *which) {
    if (!t->icap) return 0;
    size_t found = SIZE_MAX, mask = t->icap - 1;
    /* a person who fits shares a full word with the mention: only those are looked at */
    for (int s = 0; s < ZS_SLOTS; s++) {
        if (m->part[s].kind != ZS_PART_FULL) continue;
        for (int g = 0; g < 2; g++) {
            const unsigned char *l = m->part[s].lem[g];
            if (!l[0]) continue;
            uint32_t h = part_hash(s, l);
            for (size_t i = h & mask; t->idx[i].person; i = (i + 1) & mask) {
                size_t k = t->idx[i].person - 1;
                if (t->idx[i].hash != h || k == found || t->p[k].closed ||
                    !zs_people_fits(m, &t->p[k]))
                    continue;
                if (found != SIZE_MAX) return 2;
                found = k;
            }
        }
    }
    if (found == SIZE_MAX) return 0;
    *which = found;
    return 1;
}

long zs_people_with(const zs_people *t, int slot, const unsigned char *lem, long found) {
    if (!t->icap || found == -2) return found;
    size_t mask = t->icap - 1;
    uint32_t h = part_hash(slot, lem);
    for (size_t i = h & mask; t->idx[i].person; i = (i + 1) & mask) {
        long k = (long)t->idx[i].person - 1;
        const zs_person *r = &t->p[k];
        const zs_name_part *p = &r->part[slot];
        if (t->idx[i].hash != h || k == found || r->closed || p->kind != ZS_PART_FULL) continue;
        /* a reading of a sex the person turned out not to be is no longer theirs */
        bool same = false;
        for (int g = 0; g < 2 && !same; g++)
            same = (r->sex & (1 << g)) && strcmp((const char *)p->lem[g], (const char *)lem) == 0;
        if (!same) continue;
        if (found >= 0) return -2;
        found = k;
    }
    return found;
}

bool zs_people_add(zs_people *t, unsigned num, const zs_name *m, bool closed) {
    zs_person *room = zs_array_room(t->p, t->n, &t->cap, sizeof *room, 8);
    if (!room) return false;
    t->p = room;
    zs_person *r = &t->p[t->n];
    memset(r, 0, sizeof *r);
    r->num = num;
    r->sex = m->sex;
    r->closed = closed;
    memcpy(r->part, m->part, sizeof r->part);
    t->n++;
    /* a closed person is reached by its key only: the index need not know its words */
    return closed || index_parts(t, t->n - 1, NULL);
}

bool zs_people_absorb(zs_people *t, size_t k, const zs_name *m) {
    zs_person *r = &t->p[k];
    zs_name_part before[ZS_SLOTS];
    memcpy(before, r->part, sizeof before);
    r->sex = zs_people_fits(m, r);
    for (int s = 0; s < ZS_SLOTS; s++)
        if (m->part[s].kind == ZS_PART_FULL || (m->part[s].kind && !r->part[s].kind))
            if (r->part[s].kind != ZS_PART_FULL) r->part[s] = m->part[s];
    bool ok = index_parts(t, k, before);
    zs_memzero(before, sizeof before);
    return ok;
}

/* ---- serialisation: "people" beside the vault's "entries" --------------------------------------- */

static const char *const slot_names[ZS_SLOTS] = {"first", "second", "surname"};

static bool part_json(cJSON *o, const char *name, const zs_name_part *p, uint8_t sex) {
    if (!p->kind) return true;
    cJSON *x = cJSON_AddObjectToObject(o, name);
    if (!x) return false;
    if (p->kind == ZS_PART_INITIAL)
        return cJSON_AddStringToObject(x, "initial", (const char *)p->lem[sex & 1 ? 0 : 1]);
    for (int g = 0; g < 2; g++)
        if ((sex & (1 << g)) && !cJSON_AddStringToObject(x, g ? "f" : "m", (const char *)p->lem[g]))
            return false;
    return true;
}

bool zs_people_to_json(const zs_people *t, cJSON *root) {
    if (!t->n) return true;
    cJSON *arr = cJSON_AddArrayToObject(root, "people");
    for (size_t k = 0; arr && k < t->n; k++) {
        const zs_person *r = &t->p[k];
        cJSON *o = cJSON_CreateObject();
        if (!o) return false;
        cJSON_AddItemToArray(arr, o);
        if (!zs_json_add_int(o, "n", r->num) || !zs_json_add_int(o, "sex", r->sex) ||
            !cJSON_AddBoolToObject(o, "closed", r->closed))
            return false;
        for (int s = 0; s < ZS_SLOTS; s++)
            if (!part_json(o, slot_names[s], &r->part[s], r->sex)) return false;
    }
    return arr != NULL;
}

/* A word of a name from a vault file: a non-empty string that fits a part. */
static bool part_word(const cJSON *s, unsigned char *dst) {
    if (!cJSON_IsString(s)) return false;
    size_t l = strlen(s->valuestring);
    if (!l || l >= ZS_PART_MAX) return false;
    memcpy(dst, s->valuestring, l + 1);
    return true;
}

static bool part_from_json(const cJSON *x, uint8_t sex, zs_name_part *p) {
    if (!x) return true;
    if (!cJSON_IsObject(x)) return false;
    const cJSON *ini = cJSON_GetObjectItemCaseSensitive(x, "initial");
    if (ini) {
        p->kind = ZS_PART_INITIAL;
        for (int g = 0; g < 2; g++)
            if ((sex & (1 << g)) && !part_word(ini, p->lem[g])) return false;
        return true;
    }
    p->kind = ZS_PART_FULL;
    for (int g = 0; g < 2; g++)
        if ((sex & (1 << g)) &&
            !part_word(cJSON_GetObjectItemCaseSensitive(x, g ? "f" : "m"), p->lem[g]))
            return false;
    return true;
}

int zs_people_from_json(zs_people *t, const cJSON *arr, zaslon_error *err) {
    if (!cJSON_IsArray(arr)) {
        zs_error_set(err, ZASLON_E_VAULT, "$.people", 0, "must be an array");
        return ZASLON_E_VAULT;
    }
    int k = 0;
    for (const cJSON *e = arr->child; e; e = e->next, k++) {
        char path[48];
        snprintf(path, sizeof path, "$.people[%d]", k);
        const cJSON *n = cJSON_GetObjectItemCaseSensitive(e, "n");
        const cJSON *sex = cJSON_GetObjectItemCaseSensitive(e, "sex");
        const cJSON *closed = cJSON_GetObjectItemCaseSensitive(e, "closed");
        if (!cJSON_IsNumber(n) || n->valuedouble < 1 || n->valuedouble > 999999999 ||
            n->valuedouble != (double)(unsigned)n->valuedouble || !cJSON_IsNumber(sex) ||
            (sex->valueint != 1 && sex->valueint != 2 && sex->valueint != 3) ||
            sex->valuedouble != (double)sex->valueint || !cJSON_IsBool(closed)) {
            zs_error_set(err, ZASLON_E_VAULT, path, 0,
                         "a person needs n (1 to 999999999), sex (1, 2 or 3) and closed");
            return ZASLON_E_VAULT;
        }
        zs_name m;
        memset(&m, 0, sizeof m);
        m.sex = (uint8_t)sex->valueint;
        bool ok = true;
        for (int s = 0; s < ZS_SLOTS && ok; s++)
            ok = part_from_json(cJSON_GetObjectItemCaseSensitive(e, slot_names[s]), m.sex,
                                &m.part[s]);
        if (!ok) {
            zs_memzero(&m, sizeof m);
            zs_error_set(err, ZASLON_E_VAULT, path, 0,
                         "a name part must be {\"m\", \"f\"} (a form for each of its sexes) or "
                         "{\"initial\"}, 1 to %d bytes each",
                         ZS_PART_MAX - 1);
            return ZASLON_E_VAULT;
        }
        ok = zs_people_add(t, (unsigned)n->valuedouble, &m, cJSON_IsTrue(closed));
        zs_memzero(&m, sizeof m);
        if (!ok) {
            zs_error_set(err, ZASLON_E_NOMEM, NULL, 0, "out of memory");
            return ZASLON_E_NOMEM;
        }
    }
    return ZASLON_OK;
}
