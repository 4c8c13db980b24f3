# build/gen/zl_index.c (src/recognize/ling_index.h): rec_ling.c's own builder, compiled in with
# -DZL_GENERATOR and linked with the other native objects (the library's rec_ling.o and the index
# itself left out), runs at build time and writes the tables as C. Included after the flavours
# because it names the native objects.
GEN_INDEX_OBJS := $(filter-out $(BUILD)/native/src/recognize/rec_ling.o $(BUILD)/native/gen/zl_index.o,$(native_OBJS))

$(BUILD)/tools/rec_ling_gen.o: src/recognize/rec_ling.c src/*.h src/*/*.h $(GEN_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(call say,CC,$< -DZL_GENERATOR)
	$(Q)$(CC) $(OUR_CFLAGS) -O2 -DZL_GENERATOR -c $< -o $@

$(BUILD)/tools/gen-ling-index: tools/gen-ling-index.c wasm/src/table-file.h $(BUILD)/tools/rec_ling_gen.o $(GEN_INDEX_OBJS)
	$(call say,LD,$@)
	$(Q)$(CC) $(OUR_CFLAGS) -O2 -DZL_GENERATOR $< $(BUILD)/tools/rec_ling_gen.o $(GEN_INDEX_OBJS) -lm -o $@

# zl_index.tables: the big tables' bytes, for wasm/src/pack.mjs
$(BUILD)/gen/zl_index.c: $(BUILD)/tools/gen-ling-index
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)$< $@ $(BUILD)/gen/zl_index.tables
$(BUILD)/gen/zl_index.tables: $(BUILD)/gen/zl_index.c ;
