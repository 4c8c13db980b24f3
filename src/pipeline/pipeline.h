/* pipeline/pipeline.h — one scan of a text through every stage (scan.c). Not installed. */
#ifndef ZASLON_PIPELINE_PIPELINE_H
#define ZASLON_PIPELINE_PIPELINE_H

#include <stddef.h>

#include "zaslon.h"

/* zaslon_scan without the stack wipe, for callers that wipe once at their own end. */
int zs_scan_text(const zaslon_policy *policy, const char *text, size_t len, zaslon_spans *spans);

/* Frees (zeroed) what the scan keeps in spans and resets it; the redaction's own scratch
 * (redact/redact.c: its key buffer and vault) must be freed before. Not NULL. */
void zs_spans_free_scan(zaslon_spans *spans);

#endif
