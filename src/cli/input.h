/* input.h — the CLI's stdin, and the signals that stop it (SIGTERM, SIGINT, SIGHUP).
 *
 * A filter such as `zaslon rsyslog` holds message text and every original value in its vault for
 * days; killed by the default action of a signal it would leave that memory unwiped. Instead the
 * signals are blocked except while the CLI waits for input: a signal that arrives while a line
 * is processed is held until that line's output is written, and then ends the wait, so that the
 * run stops between lines, frees (and so zeroes) what it holds and exits 128 + the signal. */
#ifndef ZASLON_CLI_INPUT_H
#define ZASLON_CLI_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Installs the handlers and blocks the signals. 0, or -1 with errno set. */
int input_signals_install(void);

/* The signal that asked the run to stop, or 0. */
int input_stop_signal(void);

/* A file descriptor line by line, the line end ("\n", "\r\n") cut off. Each line held message
 * text: its bytes are zeroed before the next line is returned, and the buffer when freed. */
typedef struct {
    char *buf;
    size_t cap, held, used; /* bytes read, bytes of them returned as the last line */
    int fd;
    FILE *answers; /* if set, flushed before waiting for input: a reader waits for its answers */
    bool eof, failed;
} line_reader;

/* The next line at r->buf, *len bytes. False at the end of input, on a read error (r->failed)
 * or when a stop signal arrived while waiting (input_stop_signal()). */
bool line_next(line_reader *r, size_t *len);
void line_reader_free(line_reader *r);

/* All of fd, in a buffer of its own (free it zeroed, *len bytes). NULL with errno set on an
 * error or when a stop signal arrived while waiting (what was read is zeroed). */
char *input_read_all(int fd, size_t *len);

#endif
