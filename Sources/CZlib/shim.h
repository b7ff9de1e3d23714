// zlib for the tests, which inflate the compressed age test vectors.
#include <zlib.h>

// inflateInit is a macro (it passes the version and struct size), which Swift cannot import.
static inline int czlib_inflate_init(z_stream *stream) {
    return inflateInit(stream);
}
