# Third-party C sources: PCRE2 10.42, utf8proc 2.8.0, cJSON 1.7.15, libsodium 1.0.18 (BLAKE2b only).
# tools/fetch-deps.sh downloads and verifies them (tools/deps.lock) into build/deps/src/; the
# $(DEPS_STAMP) rule below also writes the few generated files into build/deps/gen/.
# Flags are portable on purpose: the same lists are compiled by gcc, clang (ASan/UBSan,
# libFuzzer) and emcc (wasm32) -- no -march, no SIMD files, no JIT.
#
# Headers for our code (with $(DEPS_INCLUDES)):
#   #include <pcre2.h>                               (PCRE2_CODE_UNIT_WIDTH=8 comes with DEPS_INCLUDES)
#   #include <utf8proc.h>
#   #include <cJSON.h>
#   #include <sodium/crypto_generichash_blake2b.h>
# libsodium's sodium_memzero() and sodium_misuse() are NOT in SODIUM_SRCS: its utils.c/core.c
# drag in randombytes, mmap and pthreads, so a two-function shim lives in our own sources.

DEPS_SRC_DIR  := build/deps/src
DEPS_GEN_DIR  := build/deps/gen
DEPS_STAMP    := build/deps/.ready

PCRE2_DIR     := $(DEPS_SRC_DIR)/pcre2-10.42
UTF8PROC_DIR  := $(DEPS_SRC_DIR)/utf8proc-2.8.0
CJSON_DIR     := $(DEPS_SRC_DIR)/cjson-1.7.15
SODIUM_DIR    := $(DEPS_SRC_DIR)/libsodium-1.0.18

# ---- PCRE2: 8-bit, UTF + Unicode properties, no JIT (NON-AUTOTOOLS-BUILD by hand) -------------
# pcre2_ucptables.c is #included by pcre2_tables.c; pcre2_jit_compile.c only provides the
# "JIT not supported" stubs without SUPPORT_JIT. pcre2_chartables.c is generated (copied from
# pcre2_chartables.c.dist) into the gen dir.
PCRE2_SRCS := $(addprefix $(PCRE2_DIR)/src/pcre2_, \
                auto_possess.c compile.c config.c context.c convert.c dfa_match.c error.c \
                extuni.c find_bracket.c jit_compile.c maketables.c match.c match_data.c \
                newline.c ord2utf.c pattern_info.c script_run.c serialize.c string_utils.c \
                study.c substitute.c substring.c tables.c ucd.c valid_utf.c xclass.c) \
              $(DEPS_GEN_DIR)/pcre2/pcre2_chartables.c
PCRE2_CFLAGS := -DHAVE_CONFIG_H -DPCRE2_CODE_UNIT_WIDTH=8 -DPCRE2_STATIC -DSUPPORT_UNICODE=1 \
                -DSUPPORT_PCRE2_8=1 -DHAVE_MEMMOVE=1 -DHAVE_STRERROR=1 -DHAVE_STDINT_H=1 \
                -DHAVE_INTTYPES_H=1 -DHAVE_LIMITS_H=1 -DHAVE_STDLIB_H=1 -DHAVE_STRING_H=1 \
                -I$(DEPS_GEN_DIR)/pcre2 -I$(PCRE2_DIR)/src

# ---- utf8proc (utf8proc.c #includes utf8proc_data.c) -----------------------------------------
UTF8PROC_SRCS   := $(UTF8PROC_DIR)/utf8proc.c
UTF8PROC_CFLAGS := -DUTF8PROC_STATIC

# ---- cJSON --------------------------------------------------------------------------------------
CJSON_SRCS   := $(CJSON_DIR)/cJSON.c
CJSON_CFLAGS :=

# ---- libsodium: keyed BLAKE2b (crypto_generichash_blake2b) only, portable ref compress ------
# No HAVE_*INTRIN_H macros are defined, so blake2b-ref.c only ever uses blake2b_compress_ref.
# generichash_blake2.c (the *_bytes()/keygen helpers) is left out: keygen needs randombytes.
# CONFIGURED=1 silences the "undocumented build method" #warning of private/common.h.
SODIUM_SRCS := $(addprefix $(SODIUM_DIR)/src/libsodium/crypto_generichash/blake2b/ref/, \
                 blake2b-compress-ref.c blake2b-ref.c generichash_blake2b.c)
SODIUM_CFLAGS := -DSODIUM_STATIC=1 -DCONFIGURED=1 -I$(SODIUM_DIR)/src/libsodium/include/sodium

# ---- include paths for our code (and the deps) ------------------------------------------------
DEPS_INCLUDES := -I$(DEPS_GEN_DIR)/include -I$(UTF8PROC_DIR) -I$(CJSON_DIR) \
                 -I$(SODIUM_DIR)/src/libsodium/include -DPCRE2_CODE_UNIT_WIDTH=8

# ---- fetch + generate ---------------------------------------------------------------------------
$(DEPS_STAMP): tools/fetch-deps.sh tools/deps.lock mk/deps.mk
	@bash tools/fetch-deps.sh
	@mkdir -p $(DEPS_GEN_DIR)/pcre2 $(DEPS_GEN_DIR)/include
	@cp -p $(PCRE2_DIR)/src/config.h.generic $(DEPS_GEN_DIR)/pcre2/config.h
	@cp -p $(PCRE2_DIR)/src/pcre2_chartables.c.dist $(DEPS_GEN_DIR)/pcre2/pcre2_chartables.c
	@cp -p $(PCRE2_DIR)/src/pcre2.h.generic $(DEPS_GEN_DIR)/include/pcre2.h
	@touch $@

# The dependency sources exist only once the stamp is made: say so, so that pattern rules
# taking them as prerequisites apply on a fresh clone.
$(PCRE2_SRCS) $(UTF8PROC_SRCS) $(CJSON_SRCS) $(SODIUM_SRCS): | $(DEPS_STAMP) ;
