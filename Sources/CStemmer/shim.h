// The Snowball stemmers' C API (Debian: libstemmer-dev).
#include <libstemmer.h>
