// The libsodium headers, as one module for Swift.
#include <sodium.h>
