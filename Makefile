# frontlines: two commands on a fresh machine -- `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint install clean spark

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/frontlines gazetteer build --quiet
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/frontlines demo --out out

test: $(STAMP)
	$(BIN)/python -m pytest

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
