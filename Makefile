# frontlines: two commands on a fresh machine -- `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint install clean vendor browser screenshots spark

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/frontlines gazetteer build --quiet
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/frontlines demo --out out

test: $(STAMP) browser
	$(BIN)/python -m pytest

# The browser test drives Debian's chromium through Playwright's Python package (never
# `playwright install`, which downloads a browser of its own): both are installed here.
BROWSER_STAMP := $(VENV)/.browser
browser: $(BROWSER_STAMP)
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium \
	    || echo "make: chromium could not be installed; the browser test will be skipped"; \
	  else echo "make: /usr/bin/chromium missing and not root; the browser test will be skipped"; fi; \
	fi
$(BROWSER_STAMP): requirements-browser.lock $(STAMP)
	$(BIN)/pip install -q -r requirements-browser.lock
	touch $(BROWSER_STAMP)

# The README's screenshots of the map and the API docs, taken by the browser test.
screenshots: $(STAMP) browser
	FRONTLINES_SCREENSHOTS=docs $(BIN)/python -m pytest tests/test_browser.py

# Re-vendor the map's and the API docs' browser libraries from npm (package-lock.json pins
# them); the copies under $(VENDOR) are committed so serving needs no network and no npm.
VENDOR := src/frontlines/interfaces/serve/static/vendor
vendor: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	rm -rf $(VENDOR)
	mkdir -p $(VENDOR)/leaflet/images $(VENDOR)/leaflet.markercluster $(VENDOR)/topojson-client \
	  $(VENDOR)/world-atlas $(VENDOR)/swagger-ui
	cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
	  node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp node_modules/leaflet/dist/images/*.png $(VENDOR)/leaflet/images/
	cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
	  node_modules/leaflet.markercluster/dist/MarkerCluster.css \
	  node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css \
	  node_modules/leaflet.markercluster/MIT-LICENCE.txt $(VENDOR)/leaflet.markercluster/
	cp node_modules/topojson-client/dist/topojson-client.min.js \
	  node_modules/topojson-client/LICENSE $(VENDOR)/topojson-client/
	cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE \
	  $(VENDOR)/world-atlas/
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
	  node_modules/swagger-ui-dist/LICENSE node_modules/swagger-ui-dist/NOTICE $(VENDOR)/swagger-ui/

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --write docs/benchmarks.md

# The Spark extra: pyspark (own lock file) and Java 17, then the job on the bundled example.
$(VENV)/.spark-installed: $(STAMP) requirements-spark.lock
	java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])' || \
		(apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless)
	$(BIN)/pip install -q -r requirements-spark.lock
	touch $@

spark: $(VENV)/.spark-installed
	rm -rf out/spark
	$(BIN)/frontlines spark extract examples/afp-2017-11-17-rawa.txt --out out/spark \
		--master 'local[2]' --consolidate

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) out build src/*.egg-info
