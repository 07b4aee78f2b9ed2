// MeCab's C API (Debian: libmecab-dev). `mecab-config --libs` gives -lmecab -lstdc++; MeCab has no pkg-config entry.
#include <mecab.h>
