// See include/meldboek_platform.h.
#define _GNU_SOURCE
#include <errno.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/timex.h>
#include "meldboek_platform.h"

int meldboek_set_dumpable(int value) {
    return prctl(PR_SET_DUMPABLE, (unsigned long)value, 0UL, 0UL, 0UL);
}

int meldboek_get_dumpable(void) {
    return prctl(PR_GET_DUMPABLE, 0UL, 0UL, 0UL, 0UL);
}

int meldboek_spawn_close_from(posix_spawn_file_actions_t *actions, int from) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
#else
    (void)actions;
    (void)from;
    return ENOSYS;
#endif
}

int meldboek_clock_synchronised(void) {
    struct timex state = {0};
    state.modes = 0;
    int answer = adjtimex(&state);
    if (answer == -1) return -1;
    return (answer == TIME_ERROR || (state.status & STA_UNSYNC)) ? 0 : 1;
}
