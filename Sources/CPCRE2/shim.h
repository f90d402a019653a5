// The C side of the PCRE2 bridge: the 8-bit (UTF-8) library and the few names
// that the Swift importer cannot see because they are function-like or cast macros.
#ifndef LEDE_CPCRE2_SHIM_H
#define LEDE_CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/// `PCRE2_ZERO_TERMINATED`: a length meaning "the string is NUL-terminated".
static inline PCRE2_SIZE cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

/// `PCRE2_UNSET`: the value of an ovector slot whose group did not take part in the match.
static inline PCRE2_SIZE cpcre2_unset(void) { return PCRE2_UNSET; }

/// `PCRE2_SPTR` is `const unsigned char *`; this spares Swift a pointer cast.
static inline PCRE2_SPTR cpcre2_sptr(const char *s) { return (PCRE2_SPTR)s; }

#endif
