/* types.c — the built-in types' names, in the order of their ids in zaslon.h. */
#include "common/types.h"

static const char *const builtin_names[ZASLON_TYPE_BUILTIN_COUNT] = {"PHONE_NUMBER",
                                                                     "EMAIL_ADDRESS",
                                                                     "CREDIT_CARD",
                                                                     "IBAN_CODE",
                                                                     "IP_ADDRESS",
                                                                     "RU_INN",
                                                                     "RU_SNILS",
                                                                     "RU_OGRN",
                                                                     "RU_OMS",
                                                                     "RU_PASSPORT",
                                                                     "RU_BANK_ACCOUNT",
                                                                     "RU_CAR_PLATE",
                                                                     "SECRET",
                                                                     "PERSON",
                                                                     "ADDRESS",
                                                                     "DATE_OF_BIRTH",
                                                                     "TOPIC_HEALTH",
                                                                     "TOPIC_BELIEFS",
                                                                     "TOPIC_POLITICS",
                                                                     "TOPIC_ETHNICITY",
                                                                     "TOPIC_INTIMATE_LIFE",
                                                                     "TOPIC_CRIMINAL_RECORD",
                                                                     "US_SSN"};

const char *zs_builtin_name(int type) {
    return type >= 0 && type < ZASLON_TYPE_BUILTIN_COUNT ? builtin_names[type] : NULL;
}

bool zs_builtin_topic(int type) {
    /* the topics are a block; entity types added later (US_SSN) follow it */
    return type >= ZASLON_TOPIC_HEALTH && type <= ZASLON_TOPIC_CRIMINAL_RECORD;
}
