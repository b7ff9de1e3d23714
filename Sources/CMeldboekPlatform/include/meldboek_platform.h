// The few Linux calls Swift cannot reach directly: variadic prctl, glibc's
// posix_spawn extension hidden behind _GNU_SOURCE, and adjtimex (sys/timex.h). Small typed wrappers only.
#ifndef MELDBOEK_PLATFORM_H
#define MELDBOEK_PLATFORM_H

#include <spawn.h>

/// prctl(PR_SET_DUMPABLE, value): 0 on success, -1 with errno otherwise.
int meldboek_set_dumpable(int value);

/// prctl(PR_GET_DUMPABLE): 1 when another process of this user may read our memory, 0 when not, -1 on error.
int meldboek_get_dumpable(void);

/// posix_spawn_file_actions_addclosefrom_np(actions, from): the child closes every descriptor from `from` up.
/// Returns 0, or an error number (ENOSYS where glibc lacks it).
int meldboek_spawn_close_from(posix_spawn_file_actions_t *actions, int from);

/// Asks the kernel, read only (adjtimex with no modes), whether a time service keeps the clock synchronised:
/// 1 when synchronised, 0 when not (TIME_ERROR or STA_UNSYNC), -1 when the kernel can't be asked.
int meldboek_clock_synchronised(void);

#endif
