/*
 * A slower disk for the benchmarks: fsync and fdatasync take SLOW_SYNC_US microseconds longer, in
 * every process that loads this library (SQLite's own syncs and Node's alike).
 *
 *   gcc -shared -fPIC -O2 -o /tmp/slow-sync.so tests/bench/slow-sync.c -ldl
 *   SLOW_SYNC_US=4000 LD_PRELOAD=/tmp/slow-sync.so npm run bench:signalling
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>

static void wait_longer(void) {
  const char *value = getenv("SLOW_SYNC_US");
  long us = value ? atol(value) : 0;
  if (us <= 0) return;
  struct timespec delay = {us / 1000000, (us % 1000000) * 1000};
  nanosleep(&delay, NULL);
}

/* The call itself, then the extra wait: the data is on disk as before, only later. */
#define SLOWER(call)                                                    \
  int call(int fd) {                                                    \
    static int (*real)(int);                                            \
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, #call);            \
    int result = real(fd);                                              \
    wait_longer();                                                      \
    return result;                                                      \
  }

SLOWER(fsync)
SLOWER(fdatasync)
