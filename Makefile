# Developer entry points. `make test` is the one test command (CI runs it through .ci/run).
# Everything the targets start (PostgreSQL, S3/SMTP/data.gouv.fr stand-ins) lives under var/.

.PHONY: test demo bench build lint setup services-up services-down clean

## test: build, start the test bench, run the Swift and pytest tests, stop the bench
test:
	scripts/test $(ARGS)

## demo: migrate a fresh database, seed synthetic trips, show the row counts
demo:
	scripts/demo

## bench: run export-bench (release build) against the private PostgreSQL cluster
bench:
	scripts/bench $(ARGS)

## build: debug build of every target
build:
	swift build

## lint: check the Swift formatting (scripts/lint --fix rewrites the files)
lint:
	scripts/lint

## setup: install the Debian packages and the Python tools the bench needs
setup:
	scripts/setup

## services-up: start PostgreSQL and the stand-ins, write and print var/run/test.env
services-up: setup
	scripts/pg start
	scripts/services start
	@scripts/testenv
	@echo "# to run tests by hand: source var/run/test.env && swift test --filter NAME"

## services-down: stop the stand-ins and PostgreSQL
services-down:
	scripts/services stop
	scripts/pg stop

## clean: stop everything, remove the build and var/ (cluster, logs, virtualenv)
clean:
	scripts/services stop
	scripts/pg destroy
	rm -rf .build var
