# wasm/wasm.mk — the WebAssembly package `zaslon` (wasm/dist/), -included by the root Makefile
# after its variables. Same dependency sources and flags as the native build, compiled by emcc.
#
#   make wasm        wasm/dist/{zaslon.mjs,zaslon.wasm,zaslon-scalar.wasm,zaslon.d.ts,worker.mjs,
#                    worker.d.ts} plus the debug flavour build/wasm-debug/ (ASSERTIONS=2, SAFE_HEAP)
#   make test-wasm   node --test wasm/test/ (spec vs native CLI, API, browser, size budget)
#
# Two release modules from the same C, one JS module for both: zaslon.wasm is built with
# -msimd128 (every browser since 2023 and every Node >= 16.4 has wasm SIMD, so it is the file most
# users load), zaslon-scalar.wasm without, for engines that lack it; Zaslon.load() picks one by
# WebAssembly.validate of a tiny SIMD module. Release objects: build/wasm/ (scalar) and
# build/wasm-simd/ (our code with -msimd128; the dependencies' scalar objects are shared: they are
# -Oz and off the hot path), debug objects: build/wasm-debug/obj/ (scalar).

EMCC        ?= emcc
# Debian's emcc 3.1.6: its JS tools need Debian's node modules, and the system cache under
# /usr/share is frozen, so the system libraries are built once into .cache/emscripten (~3.5 min).
# EM_FROZEN_CACHE must be the empty string: "0" counts as true.
WASM_ENV    := NODE_PATH=/usr/share/nodejs EM_CACHE=$(CURDIR)/.cache/emscripten EM_FROZEN_CACHE=
WASM_CC      = $(WASM_ENV) $(EMCC)
WASM_NODE   ?= node
WASM_OPT    ?= wasm-opt

WASM_REL    := $(BUILD)/wasm
WASM_SIMD   := $(BUILD)/wasm-simd
WASM_DBG    := $(BUILD)/wasm-debug
WASM_DIST   := wasm/dist

# Our C sources: the library (no CLI), the generated tables (GEN_SRCS from mk/gen.mk, plus any
# other build/gen/*.c already there), and the binding glue.
WASM_CSRCS   = $(LIB_SRCS) $(sort $(GEN_SRCS) $(wildcard $(BUILD)/gen/*.c)) wasm/glue.c wasm/unpack.c
WASM_HDRS    = $(wildcard src/*.h src/*/*.h) $(sort $(GEN_HDRS) $(wildcard $(BUILD)/gen/*.h))

# Measured before the name dictionaries (gzip of zaslon.wasm+zaslon.mjs / best-of-9 scan MB/s):
#   -Oz everywhere 158.0 KB / 35 MB/s; -O3 everywhere 167.9 KB / 41; -O2 164.4 KB / 41;
#   -O3 for our code + -Oz for the dependencies 160.9 KB / 41.
# With the dictionaries (2026-11-21): -O3 for our code costs 8.6 KB gzip over -Oz (211.9 vs
# 203.3 KB) and scans a 4 MB text ~35 % faster (median of five interleaved runs: 26.9 vs 19.7
# MB/s); the budget has room, so speed wins. The dependencies stay -Oz (off the hot path).
WASM_REL_OPT     ?= -O3
WASM_REL_DEP_OPT ?= -Oz
WASM_DBG_OPT     ?= -O1

# emmalloc: 2.3 KB gzip smaller than dlmalloc and no slower on the corpus (measured).
WASM_LINK := -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createZaslonCore \
             -sENVIRONMENT=web,worker -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 \
             -sDYNAMIC_EXECUTION=0 -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2 \
             -sEXPORTED_FUNCTIONS=@$(WASM_REL)/exports.json -sEXPORTED_RUNTIME_METHODS=[] \
             -sINCOMING_MODULE_JS_API=[instantiateWasm,onAbort,print,printErr] \
             -sABORTING_MALLOC=0 -sMALLOC=emmalloc $(WASM_LINK_EXTRA)
WASM_REL_LINK := $(WASM_REL_OPT) $(WASM_LINK)
WASM_DBG_LINK := $(WASM_DBG_OPT) -g $(WASM_LINK) -sASSERTIONS=2 -sSAFE_HEAP=1 -sSTACK_OVERFLOW_CHECK=2

# ---- objects: <flavour dir>/<source path>.o ---------------------------------------------------
WASM_REL_OBJS = $(patsubst %.c,$(WASM_REL)/obj/%.o,$(WASM_CSRCS)) \
                $(patsubst %.c,$(WASM_REL)/deps/%.o,$(DEP_SRCS))
WASM_SIMD_OBJS = $(patsubst %.c,$(WASM_SIMD)/obj/%.o,$(WASM_CSRCS)) \
                 $(patsubst %.c,$(WASM_REL)/deps/%.o,$(DEP_SRCS))
WASM_DBG_OBJS = $(patsubst %.c,$(WASM_DBG)/obj/%.o,$(WASM_CSRCS)) \
                $(patsubst %.c,$(WASM_DBG)/deps/%.o,$(DEP_SRCS))

# Objects are rebuilt when the flags change (e.g. `make wasm WASM_REL_OPT=-O3`).
$(WASM_REL)/.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(WASM_REL_OPT) | $(WASM_REL_DEP_OPT) | $(OUR_CFLAGS) | $(DEP_CFLAGS)' > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv $@.new $@
$(WASM_SIMD)/.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(WASM_REL_OPT) -msimd128 | $(OUR_CFLAGS)' > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv $@.new $@
$(WASM_DBG)/.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(WASM_DBG_OPT) | $(OUR_CFLAGS) | $(DEP_CFLAGS)' > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv $@.new $@
.PHONY: FORCE
FORCE:

define wasm_flavour
$(2)/obj/%.o: %.c $$(WASM_HDRS) $(2)/.flags | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$$(call say,EMCC-$(1),$$<)
	$$(Q)$$(WASM_CC) $$(OUR_CFLAGS) $(3) -c $$< -o $$@
$(2)/deps/%.o: %.c $(2)/.flags | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$$(call say,EMCC-$(1),$$<)
	$$(Q)$$(WASM_CC) $(CFLAGS_COMMON) -w $$(DEP_CFLAGS) $(4) -c $$< -o $$@
endef
$(eval $(call wasm_flavour,rel,$(WASM_REL),$(WASM_REL_OPT),$(WASM_REL_DEP_OPT)))
$(eval $(call wasm_flavour,simd,$(WASM_SIMD),$(WASM_REL_OPT) -msimd128,$(WASM_REL_DEP_OPT)))
$(eval $(call wasm_flavour,dbg,$(WASM_DBG),$(WASM_DBG_OPT),$(WASM_DBG_OPT)))

# exports.txt -> ["_name",...]
$(WASM_REL)/exports.json: wasm/exports.txt
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$$/d' $< | \
	  awk 'BEGIN{printf "["} {printf "%s\"_%s\"", (NR>1?",":""), $$0} END{print "]"}' > $@

# ---- link: emcc factory (core.mjs) + core.wasm ------------------------------------------------
$(WASM_REL)/core.mjs: $(WASM_REL_OBJS) $(WASM_REL)/exports.json $(WASM_REL)/.flags
	$(call say,EMLD-rel,$@)
	$(Q)$(WASM_CC) $(WASM_REL_OBJS) $(WASM_REL_LINK) -o $@

$(WASM_SIMD)/core.mjs: $(WASM_SIMD_OBJS) $(WASM_REL)/exports.json $(WASM_SIMD)/.flags
	$(call say,EMLD-simd,$@)
	$(Q)$(WASM_CC) $(WASM_SIMD_OBJS) $(WASM_REL_LINK) -msimd128 -o $@

$(WASM_DBG)/core.mjs: $(WASM_DBG_OBJS) $(WASM_REL)/exports.json $(WASM_DBG)/.flags
	@mkdir -p $(@D)
	$(call say,EMLD-dbg,$@)
	$(Q)$(WASM_CC) $(WASM_DBG_OBJS) $(WASM_DBG_LINK) -o $@

# ---- package: one ES module (factory + class) by esbuild, the worker front, types -------------
WASM_JS := $(wildcard wasm/src/*.js wasm/src/*.mjs)

# pack.mjs: the Unicode tables of utf8proc/PCRE2 and the name dictionaries travel transposed /
# delta-coded / front-coded in a custom section (with the final wasm-opt pass: gzip 274 -> 195
# KB); tables-dump (host) gives their exact bytes from the same sources, gen-ling-index those of
# the linguistic pass's bit sets (stored as their non-zero bytes; left in the data, wasm-opt cut
# them into ~3,000 small segments and the module grew 28 KB gzip instead of 17).
$(WASM_REL)/tables-dump: wasm/src/tables.c wasm/src/table-file.h $(GEN_SRCS) $(WASM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(call say,CC+LD,$@)
	$(Q)$(CC) $(CFLAGS_COMMON) -w $(DEP_CFLAGS) -Isrc -I$(BUILD)/gen $< -o $@

$(WASM_REL)/tables.bin: $(WASM_REL)/tables-dump $(BUILD)/gen/zl_index.tables
	$(call say,GEN,$@)
	$(Q)$< $@.part
	$(Q)cat $@.part $(BUILD)/gen/zl_index.tables > $@
	$(Q)rm -f $@.part

# One zaslon.mjs serves both modules, so emcc's glue of the two links must be the same file (the
# same exports and imports under the same minified names): the build stops if it is not.
$(WASM_DIST)/zaslon.mjs: $(WASM_REL)/core.mjs $(WASM_SIMD)/core.mjs $(WASM_REL)/tables.bin $(WASM_JS) wasm/zaslon.d.ts wasm/worker.d.ts
	@mkdir -p $(@D)
	$(Q)cmp -s $(WASM_REL)/core.mjs $(WASM_SIMD)/core.mjs || \
	  { echo "wasm: the SIMD and scalar links gave different JS glue ($(WASM_SIMD)/core.mjs, $(WASM_REL)/core.mjs)" >&2; exit 1; }
	$(call say,NODE,wasm/src/pack.mjs $(WASM_DIST)/zaslon.wasm)
	$(Q)$(WASM_NODE) wasm/src/pack.mjs --wasm $(WASM_SIMD)/core.wasm --glue $(WASM_SIMD)/core.mjs \
	  --tables $(WASM_REL)/tables.bin --simd \
	  --wasm-opt "$(WASM_OPT)" --out $(WASM_DIST)/zaslon.wasm $(if $(filter 1,$(V)),--report)
	$(call say,NODE,wasm/src/pack.mjs $(WASM_DIST)/zaslon-scalar.wasm)
	$(Q)$(WASM_NODE) wasm/src/pack.mjs --wasm $(WASM_REL)/core.wasm --glue $(WASM_REL)/core.mjs \
	  --tables $(WASM_REL)/tables.bin --scalar \
	  --wasm-opt "$(WASM_OPT)" --out $(WASM_DIST)/zaslon-scalar.wasm $(if $(filter 1,$(V)),--report)
	$(call say,NODE,wasm/src/bundle.mjs $(WASM_DIST)/zaslon.mjs)
	$(Q)$(WASM_NODE) wasm/src/bundle.mjs --core $(WASM_REL)/core.mjs --outdir $(WASM_DIST) --minify
	$(Q)cp wasm/zaslon.d.ts wasm/worker.d.ts $(WASM_DIST)/

$(WASM_DIST)/zaslon.wasm $(WASM_DIST)/zaslon-scalar.wasm $(WASM_DIST)/worker.mjs $(WASM_DIST)/zaslon.d.ts: $(WASM_DIST)/zaslon.mjs ;

$(WASM_DBG)/zaslon.mjs: $(WASM_DBG)/core.mjs $(WASM_JS)
	$(call say,NODE,wasm/src/bundle.mjs $(WASM_DBG)/zaslon.mjs)
	$(Q)cp $(WASM_DBG)/core.wasm $(WASM_DBG)/zaslon.wasm
	$(Q)$(WASM_NODE) wasm/src/bundle.mjs --core $(WASM_DBG)/core.mjs --outdir $(WASM_DBG)

.PHONY: wasm wasm-release wasm-debug test-wasm
wasm: wasm-release wasm-debug
wasm-release: $(WASM_DIST)/zaslon.mjs
wasm-debug: $(WASM_DBG)/zaslon.mjs

TEST_TARGETS += test-wasm
test-wasm: wasm native
	$(call say,TEST,node --test wasm/test/*.test.mjs)
	$(Q)cd $(CURDIR) && $(WASM_NODE) --test --test-reporter=spec $(sort $(wildcard wasm/test/*.test.mjs))
