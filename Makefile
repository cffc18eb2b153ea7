# Say So: `make kiosk` to try it, `make test` to check it.
# Both set up everything on a fresh Debian machine with Python 3.11.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

KIOSK_DEBS := espeak-ng alsa-utils
TEST_DEBS := espeak-ng alsa-utils tmux sox librsvg2-bin fonts-firacode chromium postgresql

.PHONY: kiosk test lint typecheck imports unit ui e2e snapshots-update setup kiosk-debs test-debs clean

kiosk: kiosk-debs $(STAMP)
	$(BIN)/sayso kiosk

# Every check and every test: unit, Textual Pilot and snapshot, and end-to-end in tmux.
# The tests run in four processes (pytest-xdist; many tests wait on a terminal or a browser,
# so four keep two cores busy), handed out one or two at a time with the slow ones first so
# no process is left with a queue at the end; they start a throwaway PostgreSQL of their own
# (tests/postgres/server.py); each test still sees the whole kiosk as a person does.
test: test-debs $(STAMP) lint typecheck imports
	$(BIN)/pytest -n 4 --maxschedchunk 1

setup: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

# One kind of test at a time; `make test` runs them all.
unit: test-debs $(STAMP)
	$(BIN)/pytest tests/unit

ui: test-debs $(STAMP)
	$(BIN)/pytest tests/ui

e2e: test-debs $(STAMP)
	$(BIN)/pytest tests/e2e

# Redraws the snapshot pictures after a deliberate change to how a screen looks.
snapshots-update: $(STAMP)
	$(BIN)/pytest tests/ui/test_snapshots.py tests/ui/test_staff_snapshots.py tests/ui/test_faults.py --snapshot-update

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || $(MAKE) --no-print-directory debs DEBS=python3-venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

kiosk-debs:
	@$(MAKE) --no-print-directory debs DEBS="$(KIOSK_DEBS)"

test-debs:
	@$(MAKE) --no-print-directory debs DEBS="$(TEST_DEBS)"

# Installs the Debian packages in DEBS that are missing, when run as root;
# otherwise prints the exact command to run and stops.
debs:
	@missing=""; \
	for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Say So needs these system packages. Please run:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
