# ITCq: the two quick-start commands are `make serve` and `make test`.
.PHONY: serve test build size bench

serve: ## build the engine and site, serve the demo on http://127.0.0.1:8080/
	bash .ci/serve.sh

test: ## install test prerequisites and run every test
	bash .ci/test.sh

build: ## build pkg/ and target/site/ only
	bash .ci/build-web.sh

size: build ## print raw / gzip / brotli sizes of the site's assets
	node .ci/size-report.mjs

bench: ## criterion benchmarks of the engine (native)
	cargo bench --bench assess
