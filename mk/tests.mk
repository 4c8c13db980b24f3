# `make test`: every test that exists. Core tests first (fast, most likely to find a bug), then
# the component suites that fragments registered in TEST_TARGETS (wasm, widget, extension, demo).
SPEC_FILES  := $(sort $(wildcard tests/spec/*.txt))
TEST_CFLAGS  = $(CFLAGS_COMMON) -Wall -Wextra -Werror $(DEPS_INCLUDES) -Isrc

$(BUILD)/tests/%: tests/%.c $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) -O1 $< $(BUILD)/native/libzaslon.a $(TEST_LIBS_$*) -o $@

$(BUILD)/tests/asan/%: tests/%.c $(BUILD)/asan/libzaslon.a
	@mkdir -p $(@D)
	clang $(TEST_CFLAGS) $(asan_FLAGS) $< $(BUILD)/asan/libzaslon.a $(TEST_LIBS_$*) -o $@

TEST_LIBS_unit_test := -lcmocka

.PHONY: test-native test-spec test-asan fuzz fuzz-short
test-native: $(BUILD)/tests/unit_test native
	$(BUILD)/tests/unit_test

test-spec: $(BUILD)/tests/spec_runner
	$(BUILD)/tests/spec_runner $(SPEC_FILES)

# The whole C suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: $(BUILD)/tests/asan/unit_test $(BUILD)/tests/asan/spec_runner
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(BUILD)/tests/asan/unit_test
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(BUILD)/tests/asan/spec_runner $(SPEC_FILES)

asan: $(BUILD)/tests/asan/unit_test $(BUILD)/tests/asan/spec_runner

# libFuzzer over policy compile, scan, redact and restore.
FUZZ_SECONDS ?= 60
$(BUILD)/fuzz/zaslon_fuzz: tests/fuzz/fuzz.c $(BUILD)/fuzz/libzaslon.a
	@mkdir -p $(@D)
	clang $(TEST_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined $< $(BUILD)/fuzz/libzaslon.a -o $@

fuzz: $(BUILD)/fuzz/zaslon_fuzz
	@mkdir -p $(BUILD)/fuzz/corpus
	$(BUILD)/fuzz/zaslon_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 $(BUILD)/fuzz/corpus tests/fuzz/seeds

fuzz-short: FUZZ_SECONDS = 60
fuzz-short: fuzz

# check-format: the C sources as clang-format (.clang-format) writes them (`make format` fixes it)
CORE_TESTS := check-format test-native test-spec test-asan fuzz-short
test: setup
	@$(MAKE) --no-print-directory $(CORE_TESTS) $(TEST_TARGETS)
	@echo "make test: all suites passed"

# ---- benchmarks (figures, never pass/fail) -------------------------------------------------------
$(BUILD)/bench/native: bench/native.c $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) -O2 $< $(BUILD)/native/libzaslon.a -o $@

.PHONY: bench bench-native bench-accuracy bench-wasm bench-browser-start
bench-native: $(BUILD)/bench/native
	$(BUILD)/bench/native tests/corpus/messages.jsonl 7
	$(BUILD)/bench/native tests/corpus/messages.jsonl 7 bench/structured-only.json

bench-accuracy: native $(BUILD)/gen/phone-examples.jsonl
	python3 bench/accuracy.py

bench-wasm: wasm $(BUILD)/bench/native
	node bench/wasm.mjs

bench-browser-start: wasm
	node bench/browser-start.mjs

bench: bench-native bench-accuracy bench-wasm bench-browser-start
