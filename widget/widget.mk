# widget/widget.mk — the website chat widget (included by the root Makefile).
#   make widget       -> widget/dist/zaslon-widget.js (one classic script) + widget/dist/zaslon.wasm
#                        and zaslon-scalar.wasm (the engine without wasm SIMD)
#   make test-widget  -> size budget + end-to-end tests in Chromium (node --test widget/test/*.test.mjs)
# The bundle is built from the engine in wasm/dist (the `wasm` target builds it).

WIDGET_DIST   := widget/dist
WIDGET_JS     := $(WIDGET_DIST)/zaslon-widget.js
WIDGET_WASM   := $(WIDGET_DIST)/zaslon.wasm
WIDGET_SRCS   := $(wildcard widget/src/*) widget/build.mjs widget/package-info.json \
                 wasm/src/worker-client.js wasm/src/worker-wire.js wasm/src/error.js
WIDGET_ENGINE := $(wildcard wasm/dist/zaslon.mjs wasm/dist/zaslon.wasm wasm/dist/zaslon-scalar.wasm)

.PHONY: widget test-widget widget-size

widget: $(WIDGET_JS)

# `| wasm`: the engine is (re)built first; its files are real prerequisites once they exist.
$(WIDGET_JS): $(WIDGET_SRCS) $(WIDGET_ENGINE) | wasm
	@test -f wasm/dist/zaslon.mjs || { echo "widget: wasm/dist/zaslon.mjs is missing (make wasm)"; exit 1; }
	$(call say,NODE,widget/build.mjs $@)
	$(Q)node widget/build.mjs

# The wasm copy is written by build.mjs together with the script.
$(WIDGET_WASM): $(WIDGET_JS)

widget-size: $(WIDGET_JS)
	@node widget/test/size.mjs

test-widget: widget
	@node widget/test/size.mjs
	$(call say,TEST,node --test widget/test/*.test.mjs)
	$(Q)node --test widget/test/*.test.mjs

TEST_TARGETS += test-widget
