# Zaslon — top-level build. `make demo` and `make test` are the two commands a newcomer needs.
# Third-party sources (PCRE2, utf8proc, cJSON, libsodium's BLAKE2b) are fetched and verified by
# tools/fetch-deps.sh into ignored folders and compiled here, natively and with emcc, from the
# same pinned files: one behaviour everywhere.

SHELL := /bin/bash
.DEFAULT_GOAL := native
.DELETE_ON_ERROR:

BUILD   := build
CC      ?= cc
CFLAGS_COMMON := -std=c11 -D_POSIX_C_SOURCE=200809L -g
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
OPT     := -O3 # measured: scan ~15 % faster than -O2 (bench/native.c)

include mk/quiet.mk
include mk/deps.mk

# Generated sources (dictionary tables made from data packages by tools/, see mk/gen.mk).
GEN_SRCS  :=
-include mk/gen.mk
LIB_SRCS  := $(filter-out src/cli/%,$(wildcard src/*/*.c))
DEP_SRCS  := $(PCRE2_SRCS) $(UTF8PROC_SRCS) $(CJSON_SRCS) $(SODIUM_SRCS)
OUR_CFLAGS = $(CFLAGS_COMMON) $(WARN) $(DEPS_INCLUDES) -Isrc -I$(BUILD)/gen

# ---- one object tree per flavour: native, asan (ASan+UBSan), fuzz (libFuzzer) ----------------
define flavour
$(1)_DIR  := $(BUILD)/$(1)
$(1)_OBJS := $$(patsubst %.c,$(BUILD)/$(1)/%.o,$$(LIB_SRCS)) \
             $$(patsubst $(BUILD)/gen/%.c,$(BUILD)/$(1)/gen/%.o,$$(GEN_SRCS)) \
             $$(patsubst %.c,$(BUILD)/$(1)/deps/%.o,$$(DEP_SRCS))
$(BUILD)/$(1)/src/%.o: src/%.c src/*.h src/*/*.h $$(GEN_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$$(call say,$$($(1)_TAG),$$<)
	$$(Q)$$($(1)_CC) $$(OUR_CFLAGS) $$($(1)_FLAGS) -c $$< -o $$@
$(BUILD)/$(1)/gen/%.o: $(BUILD)/gen/%.c src/*.h src/*/*.h | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$$(call say,$$($(1)_TAG),$$<)
	$$(Q)$$($(1)_CC) $$(OUR_CFLAGS) $$($(1)_FLAGS) -c $$< -o $$@
$(BUILD)/$(1)/deps/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$$(call say,$$($(1)_TAG),$$<)
	$$(Q)$$($(1)_CC) $(CFLAGS_COMMON) -w $$(DEP_CFLAGS) $$($(1)_FLAGS) -c $$< -o $$@
$(BUILD)/$(1)/libzaslon.a: $$($(1)_OBJS)
	@rm -f $$@
	$$(call say,AR,$$@)
	$$(Q)ar rcs $$@ $$^
endef

native_CC    := $(CC)
native_FLAGS := $(OPT)
native_TAG   := CC
asan_CC      := clang
asan_FLAGS   := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
asan_TAG     := CC-asan
fuzz_CC      := clang
fuzz_FLAGS   := -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
fuzz_TAG     := CC-fuzz
$(eval $(call flavour,native))
$(eval $(call flavour,asan))
$(eval $(call flavour,fuzz))
include mk/gen-index.mk

DEP_CFLAGS = $(PCRE2_CFLAGS) $(UTF8PROC_CFLAGS) $(CJSON_CFLAGS) $(SODIUM_CFLAGS) $(DEPS_INCLUDES)

.PHONY: all deps setup native asan fuzz test test-native test-spec test-asan bench format clean \
        check-format check-includes wasm widget extension demo

all: native

# Every build starts from a machine with its tools: setup.sh is quiet and quick (~0.5 s) when all
# is there, so a newcomer's `make demo` installs what a fresh Debian lacks and nothing else.
setup:
	@bash tools/setup.sh

$(DEPS_STAMP): | setup

deps: $(DEPS_STAMP)

native: $(BUILD)/bin/zaslon $(BUILD)/lib/libzaslon.a

$(BUILD)/lib/libzaslon.a: $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(call say,CP,$@)
	$(Q)cp $< $@

$(BUILD)/bin/zaslon: $(wildcard src/cli/*.c) $(wildcard src/cli/*.h) $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(CC) $(OUR_CFLAGS) $(OPT) $(filter %.c,$^) $(BUILD)/native/libzaslon.a -o $@

clean:
	rm -rf $(BUILD)/native $(BUILD)/asan $(BUILD)/fuzz $(BUILD)/tools $(BUILD)/bin $(BUILD)/lib $(BUILD)/tests \
	       $(BUILD)/gen $(BUILD)/bench $(BUILD)/wasm $(BUILD)/wasm-simd $(BUILD)/wasm-debug wasm/dist widget/dist \
	       demo/dist $(BUILD)/extension

format:
	clang-format -i src/*.h src/*/*.c src/*/*.h tests/*.c tests/fuzz/*.c bench/*.c tools/*.c wasm/*.c wasm/src/*.c pg/*.c

# check-format also keeps the stages of src/ in order: no include from an earlier stage to a later
# one, no include cycle (tools/check-includes.py).
check-format: check-includes
	$(call say,FORMAT,clang-format --dry-run --Werror)
	$(Q)clang-format --dry-run --Werror src/*.h src/*/*.c src/*/*.h tests/*.c tests/fuzz/*.c bench/*.c tools/*.c wasm/*.c wasm/src/*.c pg/*.c

check-includes:
	$(call say,CHECK,tools/check-includes.py src)
	$(Q)python3 tools/check-includes.py src

# Component fragments each add their build target and append their test target to TEST_TARGETS.
-include wasm/wasm.mk
-include widget/widget.mk
-include extension/extension.mk
-include demo/demo.mk
-include mk/postgres.mk
-include mk/rsyslog.mk
-include mk/webhook.mk
include mk/tests.mk
