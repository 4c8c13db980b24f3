# `make test`: every test that exists. Core tests first (fast, most likely to find a bug), then
# the component suites that fragments registered in TEST_TARGETS (wasm, widget, extension, demo).
CORE_TESTS := test-native test-spec test-asan fuzz-short
test: setup
	@$(MAKE) --no-print-directory $(CORE_TESTS) $(TEST_TARGETS)
	@echo "make test: all suites passed"
