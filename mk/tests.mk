# `make test`: every test that exists. Core tests first (fast, most likely to find a bug), then
# the component suites that fragments registered in TEST_TARGETS (wasm, widget, extension, demo).
SPEC_FILES  := $(sort $(wildcard tests/spec/*.txt))
TEST_CFLAGS  = $(CFLAGS_COMMON) -Wall -Wextra -Werror $(DEPS_INCLUDES) -Isrc

$(BUILD)/tests/%: tests/%.c $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(call say,CC+LD,$@)
	$(Q)$(CC) $(TEST_CFLAGS) -O1 $< $(BUILD)/native/libzaslon.a $(TEST_LIBS_$*) -o $@

$(BUILD)/tests/asan/%: tests/%.c $(BUILD)/asan/libzaslon.a
	@mkdir -p $(@D)
	$(call say,CC+LD,$@)
	$(Q)clang $(TEST_CFLAGS) $(asan_FLAGS) $< $(BUILD)/asan/libzaslon.a $(TEST_LIBS_$*) -o $@

TEST_LIBS_unit_test := -lcmocka
TEST_LIBS_marks_test := -lcmocka

.PHONY: test-native test-spec test-asan test-memcheck fuzz fuzz-short
test-native: $(BUILD)/tests/unit_test $(BUILD)/tests/marks_test native
	$(call say,TEST,$(BUILD)/tests/unit_test)
	$(Q)$(BUILD)/tests/unit_test
	$(call say,TEST,$(BUILD)/tests/marks_test)
	$(Q)$(BUILD)/tests/marks_test

test-spec: $(BUILD)/tests/spec_runner
	$(call say,TEST,$(BUILD)/tests/spec_runner tests/spec/*.txt)
	$(Q)$(BUILD)/tests/spec_runner $(SPEC_FILES)

# The whole C suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: $(BUILD)/tests/asan/unit_test $(BUILD)/tests/asan/marks_test $(BUILD)/tests/asan/spec_runner
	$(call say,TEST,$(BUILD)/tests/asan/unit_test)
	$(Q)ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(BUILD)/tests/asan/unit_test
	$(call say,TEST,$(BUILD)/tests/asan/marks_test)
	$(Q)ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(BUILD)/tests/asan/marks_test
	$(call say,TEST,$(BUILD)/tests/asan/spec_runner tests/spec/*.txt)
	$(Q)ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(BUILD)/tests/asan/spec_runner $(SPEC_FILES)

asan: $(BUILD)/tests/asan/unit_test $(BUILD)/tests/asan/spec_runner $(BUILD)/asan/bin/zaslon

# The spec cases again under valgrind's memcheck: a read of memory never written (which neither
# ASan nor UBSan sees) makes a span depend on what the stack held before, so the same text could
# give different spans from run to run.
test-memcheck: $(BUILD)/tests/spec_runner
	$(call say,TEST,valgrind $(BUILD)/tests/spec_runner tests/spec/*.txt)
	$(Q)valgrind -q --error-exitcode=1 --leak-check=no $(BUILD)/tests/spec_runner $(SPEC_FILES) \
	  > $(BUILD)/memcheck.log 2>&1 || { tail -40 $(BUILD)/memcheck.log; exit 1; }
	@tail -1 $(BUILD)/memcheck.log

# The CLI built with ASan+UBSan, as the library is above.
$(BUILD)/asan/bin/zaslon: $(wildcard src/cli/*.c) $(wildcard src/cli/*.h) $(BUILD)/asan/libzaslon.a
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)clang $(OUR_CFLAGS) $(asan_FLAGS) $(filter %.c,$^) $(BUILD)/asan/libzaslon.a -o $@

# The CLI on a hostile file system and odd --jsonl input, and stopped by signals, release and
# ASan+UBSan builds.
.PHONY: test-cli
test-cli: $(BUILD)/bin/zaslon $(BUILD)/asan/bin/zaslon
	$(call say,TEST,tests/cli_test.sh $(BUILD)/bin/zaslon)
	$(Q)bash tests/cli_test.sh $(BUILD)/bin/zaslon
	$(call say,TEST,tests/cli_test.sh $(BUILD)/asan/bin/zaslon)
	$(Q)ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  bash tests/cli_test.sh $(BUILD)/asan/bin/zaslon
	$(call say,TEST,tests/cli_signal_test.sh $(BUILD)/bin/zaslon)
	$(Q)bash tests/cli_signal_test.sh $(BUILD)/bin/zaslon
	$(call say,TEST,tests/cli_signal_test.sh $(BUILD)/asan/bin/zaslon)
	$(Q)ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  bash tests/cli_signal_test.sh $(BUILD)/asan/bin/zaslon

# libFuzzer over policy compile, scan, redact, vault load and restore (tests/fuzz/fuzz.c). It
# starts from seeds made from every spec case and corpus text (tools/fuzz-seeds.py, into
# build/fuzz/seeds: generated, never committed) and the hand-made tests/fuzz/seeds, with a
# dictionary of name parts, suffixes, separators, invisible characters, cue words, key prefixes
# and JSON keys. New inputs it finds go to build/fuzz/corpus (kept between runs); crashes to
# crash-* in the working folder (ignored by git). Undefined behaviour stops the run as a crash
# does (-fno-sanitize-recover): recovered, UBSan's reports are only lines in fuzz.log and the run
# still ends "clean". `make fuzz FUZZ_SECONDS=1800` for the long run.
FUZZ_SECONDS ?= 60
FUZZ_SEEDS := $(BUILD)/fuzz/seeds/.made
$(BUILD)/fuzz/zaslon_fuzz: tests/fuzz/fuzz.c $(BUILD)/fuzz/libzaslon.a
	@mkdir -p $(@D)
	$(call say,CC+LD,$@)
	$(Q)clang $(TEST_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $< \
	  $(BUILD)/fuzz/libzaslon.a -o $@

$(FUZZ_SEEDS): tools/fuzz-seeds.py $(SPEC_FILES) $(wildcard tests/corpus/*.jsonl)
	@rm -rf $(@D)
	$(call say,GEN,$(@D))
	$(Q)python3 tools/fuzz-seeds.py $(@D)
	@touch $@

fuzz: $(BUILD)/fuzz/zaslon_fuzz $(FUZZ_SEEDS)
	@mkdir -p $(BUILD)/fuzz/corpus
	$(call say,FUZZ,$(BUILD)/fuzz/zaslon_fuzz for $(FUZZ_SECONDS) s -> $(BUILD)/fuzz/fuzz.log)
	$(Q)$(BUILD)/fuzz/zaslon_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 -dict=tests/fuzz/zaslon.dict \
	  $(BUILD)/fuzz/corpus $(BUILD)/fuzz/seeds tests/fuzz/seeds \
	  > $(BUILD)/fuzz/fuzz.log 2>&1 || \
	  { tail -n 150 $(BUILD)/fuzz/fuzz.log; echo "fuzz: FAILED (whole log: $(BUILD)/fuzz/fuzz.log)"; exit 1; }
	@grep -E '^(Done |stat::)' $(BUILD)/fuzz/fuzz.log

fuzz-short: FUZZ_SECONDS = 60
fuzz-short: fuzz

# check-format: the C sources as clang-format (.clang-format) writes them (`make format` fixes it)
CORE_TESTS := check-format test-native test-spec test-asan test-memcheck test-cli fuzz-short
# The quiet build (mk/quiet.mk): no line over 160 characters, V=1 full commands, warnings shown.
CORE_TESTS += test-build-output
.PHONY: test-build-output
test-build-output: native
	$(call say,TEST,tests/build-output.sh)
	$(Q)bash tests/build-output.sh
# The fixtures' own checks (tools/gen-fixtures.py --check, about a second, python3 only): every
# checksum-bearing span still holds its checksum and no unlabelled number would pass a validator.
CORE_TESTS += test-fixtures
.PHONY: test-fixtures
test-fixtures:
	@mkdir -p $(BUILD)
	$(call say,TEST,tools/gen-fixtures.py --check)
	$(Q)python3 tools/gen-fixtures.py --check > $(BUILD)/fixtures-check.log 2>&1 || \
	  { grep -E '^ERROR|errors$$' $(BUILD)/fixtures-check.log; exit 1; }

test: setup
	@$(MAKE) --no-print-directory $(CORE_TESTS) $(TEST_TARGETS)
	@echo "make test: all suites passed"

# ---- benchmarks (figures, never pass/fail) -------------------------------------------------------
$(BUILD)/bench/native: bench/native.c $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(call say,CC+LD,$@)
	$(Q)$(CC) $(TEST_CFLAGS) -O2 $< $(BUILD)/native/libzaslon.a -o $@

.PHONY: bench bench-native bench-accuracy bench-wasm bench-browser-start
bench-native: $(BUILD)/bench/native
	$(BUILD)/bench/native tests/corpus/messages.jsonl 7
	$(BUILD)/bench/native tests/corpus/messages.jsonl 7 bench/names-off.json
	$(BUILD)/bench/native tests/corpus/messages.jsonl 7 bench/structured-only.json

bench-accuracy: native $(BUILD)/gen/phone-examples.jsonl
	python3 bench/accuracy.py

bench-wasm: wasm $(BUILD)/bench/native
	node bench/wasm.mjs

bench-browser-start: wasm
	node bench/browser-start.mjs

bench: bench-native bench-accuracy bench-wasm bench-browser-start
