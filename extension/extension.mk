# Browser extension (Chromium MV3 + Firefox), -included by the root Makefile.
#   make extension       -> build/extension/{chromium,firefox}/ and build/extension/zaslon-{chromium,firefox}.zip
#   make test-extension  -> end-to-end tests in /usr/bin/chromium with the extension loaded
EXT_OUT  := $(BUILD)/extension
EXT_SRCS := $(wildcard extension/src/*) $(wildcard extension/_locales/*/messages.json) extension/schema.json extension/build.mjs

.PHONY: extension test-extension bench-extension

extension: wasm
	@$(MAKE) --no-print-directory $(EXT_OUT)/zaslon-chromium.zip

$(EXT_OUT)/zaslon-chromium.zip: $(EXT_SRCS) wasm/dist/zaslon.mjs wasm/dist/zaslon.wasm
	@command -v zip >/dev/null || { echo "extension: 'zip' is missing (apt-get install zip)"; exit 1; }
	$(call say,NODE,extension/build.mjs $(EXT_OUT))
	$(Q)node extension/build.mjs --out $(EXT_OUT) --dist wasm/dist --zip

# Mozilla's addons-linter on the Firefox build: zero errors and zero warnings (notices are printed)
test-extension: extension
	$(call say,LINT,$(EXT_OUT)/firefox)
	$(Q)node extension/lint-firefox.mjs $(EXT_OUT)/firefox
	$(call say,TEST,node --test extension/test/)
	$(Q)node --test extension/test/

bench-extension: wasm
	node extension/bench/send-delay.mjs

TEST_TARGETS += test-extension
