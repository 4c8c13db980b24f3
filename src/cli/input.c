/* input.c — see input.h. Signals are delivered only inside ppoll(), which unblocks them and waits
 * in one step: a signal that arrives just before the wait is pending and ends it at once, where
 * a flag checked before a blocking read() could miss it and leave the filter waiting. */
#define _GNU_SOURCE
#include "cli/input.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const int STOP_SIGNALS[] = {SIGTERM, SIGINT, SIGHUP};
static volatile sig_atomic_t stop_signal;
static sigset_t wait_mask; /* the mask while waiting for input: the stop signals unblocked */
static bool installed;

static void on_stop(int sig) {
    stop_signal = sig;
}

int input_signals_install(void) {
    sigset_t stop;
    sigemptyset(&stop);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop; /* no SA_RESTART: the wait must end */
    sigemptyset(&sa.sa_mask);
    for (size_t k = 0; k < sizeof STOP_SIGNALS / sizeof *STOP_SIGNALS; k++) {
        struct sigaction old;
        /* A signal ignored by whoever started us (nohup) stays ignored. */
        if (sigaction(STOP_SIGNALS[k], NULL, &old) != 0) return -1;
        if (old.sa_handler == SIG_IGN) continue;
        sigaddset(&stop, STOP_SIGNALS[k]);
        if (sigaction(STOP_SIGNALS[k], &sa, NULL) != 0) return -1;
    }
    if (sigprocmask(SIG_BLOCK, &stop, &wait_mask) != 0) return -1;
    for (size_t k = 0; k < sizeof STOP_SIGNALS / sizeof *STOP_SIGNALS; k++)
        sigdelset(&wait_mask, STOP_SIGNALS[k]);
    installed = true;
    return 0;
}

int input_stop_signal(void) {
    return stop_signal;
}

static const struct timespec now = {0, 0};

/* Waits until fd can be read without blocking; answers, if any, are flushed first when the wait
 * would block. False when a stop signal arrived. */
static bool wait_readable(int fd, FILE *answers) {
    bool flushed = answers == NULL;
    while (!stop_signal) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int n = !installed ? 1 : ppoll(&p, 1, flushed ? NULL : &now, &wait_mask);
        if (n > 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) return true; /* read() tells */
        if (n == 0 && !flushed) {
            fflush(answers); /* a failure stays in ferror(), which main() checks at the end */
            flushed = true;
        }
    }
    errno = EINTR;
    return false;
}

/* Doubles the buffer; the old one is zeroed, it held text. */
static bool grow(char **buf, size_t *cap, size_t held) {
    size_t ncap = *cap ? *cap * 2 : 1 << 16;
    char *p = malloc(ncap);
    if (!p) return false;
    if (held) memcpy(p, *buf, held);
    if (*buf) memset(*buf, 0, *cap);
    free(*buf);
    *buf = p;
    *cap = ncap;
    return true;
}

/* Reads what is there into buf[*held..cap). 1 bytes read, 0 end of input, -1 error or stop. */
static int read_some(int fd, FILE *answers, char *buf, size_t cap, size_t *held) {
    for (;;) {
        if (!wait_readable(fd, answers)) return -1;
        ssize_t n = read(fd, buf + *held, cap - *held);
        if (n > 0) *held += (size_t)n;
        if (n >= 0) return n > 0;
        if (errno != EINTR && errno != EAGAIN) return -1;
    }
}

/* Lets a signal held while the last line was processed arrive now, so that lines already read
 * ahead into the buffer are not all processed first. */
static bool stop_requested(void) {
    if (installed && !stop_signal) ppoll(NULL, 0, &now, &wait_mask);
    return stop_signal != 0;
}

bool line_next(line_reader *r, size_t *len) {
    if (stop_requested()) return false;
    if (r->used) { /* the last line goes; what follows it moves to the front */
        memmove(r->buf, r->buf + r->used, r->held - r->used);
        memset(r->buf + r->held - r->used, 0, r->used);
        r->held -= r->used;
        r->used = 0;
    }
    size_t scanned = 0;
    for (;;) {
        char *nl = r->held > scanned ? memchr(r->buf + scanned, '\n', r->held - scanned) : NULL;
        if (nl) {
            r->used = (size_t)(nl - r->buf) + 1;
            break;
        }
        scanned = r->held;
        if (r->eof) {
            if (!r->held) return false;
            r->used = r->held;
            break;
        }
        if (r->held + 1 >= r->cap && !grow(&r->buf, &r->cap, r->held)) {
            r->failed = true;
            return false;
        }
        int got = read_some(r->fd, r->answers, r->buf, r->cap - 1, &r->held);
        if (got < 0) {
            r->failed = !stop_signal;
            return false;
        }
        if (got == 0) r->eof = true;
    }
    *len = r->used;
    while (*len && (r->buf[*len - 1] == '\n' || r->buf[*len - 1] == '\r'))
        (*len)--;
    return true;
}

void line_reader_free(line_reader *r) {
    if (r->buf) {
        volatile char *v = r->buf;
        for (size_t i = 0; i < r->cap; i++)
            v[i] = 0;
    }
    free(r->buf);
    r->buf = NULL;
    r->cap = r->held = r->used = 0;
}

char *input_read_all(int fd, size_t *len) {
    char *buf = NULL;
    size_t cap = 0, held = 0;
    for (;;) {
        if (held == cap && !grow(&buf, &cap, held)) break;
        int got = read_some(fd, NULL, buf, cap, &held);
        if (got == 0) {
            *len = held;
            return buf;
        }
        if (got < 0) break;
    }
    int e = errno;
    if (buf) memset(buf, 0, cap);
    free(buf);
    errno = e;
    return NULL;
}
