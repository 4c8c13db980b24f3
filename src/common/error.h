/* common/error.h — filling a zaslon_error: policy compile and vault load report where the JSON
 * they read went wrong. Not installed. */
#ifndef ZASLON_COMMON_ERROR_H
#define ZASLON_COMMON_ERROR_H

#include <stddef.h>

#include "zaslon.h"

void zs_error_set(zaslon_error *err, int code, const char *path, size_t offset, const char *fmt,
                  ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

#endif
