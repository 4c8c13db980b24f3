/* error.c — fills a zaslon_error for policy compile and vault load. */
#include <stdarg.h>
#include <stdio.h>

#include "common/error.h"

void zs_error_set(zaslon_error *err, int code, const char *path, size_t offset, const char *fmt,
                  ...) {
    if (!err) return;
    err->code = code;
    err->offset = offset;
    snprintf(err->path, sizeof err->path, "%s", path ? path : "");
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* "$.rules[1].pattern (rule \"emp\"): ..." reads better than a second colon */
    if (path && *path)
        snprintf(err->message, sizeof err->message, msg[0] == '(' ? "%s %s" : "%s: %s", path, msg);
    else
        snprintf(err->message, sizeof err->message, "%s", msg);
}
