// The system zlib (Debian zlib1g-dev), for the PNG previews' deflate stream and CRCs.
#include <zlib.h>
