# ITCq: the two quick-start commands are `make serve` and `make test`.
.PHONY: serve test build dist npm wordpress size bench bench-web wasm-profile fuzz

serve: ## build the engine and site, serve the demo on http://127.0.0.1:8080/
	bash .ci/serve.sh

test: ## install test prerequisites and run every test
	bash .ci/test.sh

build: ## build pkg/, target/site/ and the release in dist/
	bash .ci/build-web.sh

dist: build ## the versioned release: dist/itcq-<version>/ (hashed names, manifest.json, snippet with integrity)
	@ls -d dist/itcq-*/

npm: build ## the npm package: target/npm/itcq-<version>.tgz (engine API for Node and browsers, the widget's mount)
	@ls target/npm/*.tgz

wordpress: build ## the WordPress plugin's installable zip: target/wordpress/itcq-<version>.zip (ships the release)
	@ls target/wordpress/*.zip

size: build ## print raw / gzip / brotli sizes of the site's assets
	node .ci/size-report.mjs

bench: ## criterion benchmarks of the engine (native)
	cargo bench --bench assess

bench-web: ## the widget vs SurveyJS in headless Chromium, and assess in the browser (ARGS="--runs 30 --native")
	bash .ci/build-web.sh && node benches/web/run.mjs $(ARGS)

wasm-profile: ## code size per crate and largest functions of the widget's wasm
	cargo rustc -p itcq-widget --lib --profile wasm-release --target wasm32-unknown-unknown --crate-type cdylib --features external-texts --quiet
	wasm-bindgen --target web --no-typescript --keep-debug --out-dir target/wasm-profile --out-name itcq target/wasm32-unknown-unknown/wasm-release/itcq_widget.wasm
	node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue target/wasm-profile/itcq_bg.wasm -o target/wasm-profile/named.wasm
	python3 .ci/wasm-profile.py target/wasm-profile/named.wasm

fuzz: ## fuzz codes, configuration files, imports and saved state (FUZZ_SECONDS per target, default 600)
	bash .ci/fuzz.sh $(or $(FUZZ_SECONDS),600)
