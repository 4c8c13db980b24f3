# mk/postgres.mk — the PostgreSQL extension (pg/, PGXS) and its tests and benchmark.
#   make postgres           build/pg/zaslon.so (the engine linked in statically)
#   make postgres-install   install into the server `pg_config` names (root, or sudo make ...)
#   make test-postgres      tests in a throw-away cluster (tests/postgres/run.sh)
#   make bench-postgres     rows/s on 1 M generated chat rows (bench/postgres.sh)
# Included by the root Makefile after the flavours: the module needs a PIC build of the library.
PG_CONFIG ?= pg_config
pic_CC    := $(CC)
pic_FLAGS := $(OPT) -fPIC
pic_TAG   := CC-pic
$(eval $(call flavour,pic))

PG_DIR  := $(BUILD)/pg
PG_SO   := $(PG_DIR)/zaslon.so
PG_MAKE  = $(MAKE) --no-print-directory $(if $(Q),-s) -C $(PG_DIR) -f $(CURDIR)/pg/Makefile \
           VPATH=$(CURDIR)/pg PG_CONFIG=$(PG_CONFIG) with_llvm=no \
           ZASLON_SRC=$(CURDIR)/src ZASLON_LIB=$(CURDIR)/$(BUILD)/pic/libzaslon.a

.PHONY: postgres postgres-install test-postgres bench-postgres clean-postgres
postgres: $(PG_SO)

$(PG_SO): pg/zaslon_pg.c pg/Makefile src/zaslon.h $(BUILD)/pic/libzaslon.a | setup
	@mkdir -p $(PG_DIR)
	$(call say,PGXS,$@)
	+$(Q)$(PG_MAKE) all
	@touch $@

postgres-install: $(PG_SO)
	$(call say,INSTALL,$(shell $(PG_CONFIG) --pkglibdir)/zaslon.so)
	+$(Q)$(PG_MAKE) install

test-postgres: $(PG_SO)
	$(call say,TEST,tests/postgres/run.sh)
	$(Q)bash tests/postgres/run.sh $(PG_DIR)

bench-postgres: $(PG_SO)
	bash bench/postgres.sh $(PG_DIR)

clean-postgres:
	rm -rf $(BUILD)/pic $(PG_DIR)
clean: clean-postgres

TEST_TARGETS += test-postgres
