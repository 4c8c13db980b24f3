# mk/rsyslog.mk — `zaslon rsyslog` (src/cli/cli.c) under a real rsyslogd with the configuration of
# examples/rsyslog/zaslon.conf (tests/rsyslog/run.sh).
.PHONY: test-rsyslog
test-rsyslog: $(BUILD)/bin/zaslon | setup
	$(call say,TEST,tests/rsyslog/run.sh $(BUILD)/bin/zaslon)
	$(Q)bash tests/rsyslog/run.sh $(BUILD)/bin/zaslon

TEST_TARGETS += test-rsyslog
