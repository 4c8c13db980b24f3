# mk/webhook.mk — examples/webhook (Telegram -> zaslon -> Bitrix24 + AI -> reply restored),
# tested against local mock endpoints with the npm package installed from `npm pack ./wasm`.
.PHONY: test-webhook
test-webhook: wasm
	$(call say,TEST,tests/webhook.sh)
	$(Q)bash tests/webhook.sh

TEST_TARGETS += test-webhook
