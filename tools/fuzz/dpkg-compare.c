/* Batch oracle for the dpkg differential: libdpkg's own parseversion() and dpkg_version_compare() (the code
 * `dpkg --compare-versions` runs), one process for many pairs. Reads "A B" lines, writes "lt|eq|gt|bad-a|bad-b".
 * Built on demand by tools/fuzz/oracles.mjs with `cc $(pkg-config --cflags --libs libdpkg)` (libdpkg-dev). */
#define LIBDPKG_VOLATILE_API 1
#include <stdio.h>
#include <string.h>
#include <dpkg/dpkg.h>
#include <dpkg/dpkg-db.h>
#include <dpkg/version.h>

int main(void) {
  static char line[8192];
  struct dpkg_version a, b;
  struct dpkg_error err;
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    char *sp = strchr(line, ' ');
    if (!sp) { puts("bad-line"); continue; }
    *sp = 0;
    if (parseversion(&a, line, &err) < 0) { puts("bad-a"); dpkg_error_destroy(&err); continue; }
    if (parseversion(&b, sp + 1, &err) < 0) { puts("bad-b"); dpkg_error_destroy(&err); continue; }
    int r = dpkg_version_compare(&a, &b);
    puts(r < 0 ? "lt" : r > 0 ? "gt" : "eq");
  }
  return 0;
}
