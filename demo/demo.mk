# demo/demo.mk — the static demo page (-included by the root Makefile).
#   make demo        build demo/dist/ and serve it on 127.0.0.1 ($PORT, default 8080, else a free port)
#   make demo-build  build demo/dist/ only (a static folder: copy it to any static host as it is)
#   make test-demo   headless Chromium tests of the page (node --test demo/test/)

DEMO_DIST    := demo/dist
DEMO_PAGES   := demo/index.html demo/favicon.svg
DEMO_STYLES  := $(wildcard demo/*.css)
DEMO_SCRIPTS := $(filter-out demo/serve.mjs,$(wildcard demo/*.mjs))
# The chat widget is optional: copied (and shown embedded) when `make widget` produced it.
DEMO_WIDGET  := widget/dist/zaslon-widget.js

.PHONY: demo demo-build test-demo

demo: demo-build
	@node demo/serve.mjs $(DEMO_DIST)

demo-build: wasm widget
	@test -f wasm/dist/zaslon.mjs -a -f wasm/dist/zaslon.wasm -a -f wasm/dist/zaslon-scalar.wasm || \
	  { echo "demo: wasm/dist/zaslon.mjs, zaslon.wasm or zaslon-scalar.wasm is missing (make wasm)" >&2; exit 1; }
	@rm -rf $(DEMO_DIST)
	@mkdir -p $(DEMO_DIST)
	$(call say,CP,$(DEMO_DIST)/)
	$(Q)cp $(DEMO_PAGES) $(DEMO_STYLES) $(DEMO_SCRIPTS) $(DEMO_DIST)/
	$(Q)cp wasm/dist/zaslon.mjs wasm/dist/worker.mjs wasm/dist/zaslon.wasm wasm/dist/zaslon-scalar.wasm $(DEMO_DIST)/
	@if [ -f $(DEMO_WIDGET) ]; then \
	  mkdir -p $(DEMO_DIST)/widget && cp -R widget/dist/. $(DEMO_DIST)/widget/; \
	  wasm=widget/zaslon.wasm; scalar=widget/zaslon-scalar.wasm; \
	  if cmp -s widget/dist/zaslon.wasm wasm/dist/zaslon.wasm; then \
	    rm -f $(DEMO_DIST)/widget/zaslon.wasm; wasm=zaslon.wasm; \
	  fi; \
	  if cmp -s widget/dist/zaslon-scalar.wasm wasm/dist/zaslon-scalar.wasm; then \
	    rm -f $(DEMO_DIST)/widget/zaslon-scalar.wasm; scalar=zaslon-scalar.wasm; \
	  fi; \
	  echo "{\"widget\": \"widget/zaslon-widget.js\", \"widgetWasm\": \"$$wasm\", \"widgetScalarWasm\": \"$$scalar\"}" > $(DEMO_DIST)/build.json; \
	  echo "demo: chat widget included"; \
	else \
	  echo '{"widget": null}' > $(DEMO_DIST)/build.json; \
	fi
	@echo "demo: built $(DEMO_DIST)/"

test-demo: demo-build
	$(call say,TEST,node --test demo/test/)
	$(Q)node --test demo/test/

TEST_TARGETS += test-demo
