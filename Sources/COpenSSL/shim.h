// OpenSSL 3's libcrypto (Debian libssl-dev), for SHA-256 only. The low-level SHA256_Init/Update/
// Final interface is deprecated in OpenSSL 3 in favour of EVP, but it is still exported and uses
// the same accelerated code; its context is a plain C struct, so a Swift value can hold it inline
// (value semantics with no heap context to copy or free).
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>
