# make run   set up .venv from pyproject.toml and open the app
# make test  set up .venv, then lint and run the whole test suite
VENV_PY := .venv/bin/python

.PHONY: setup run test lint format forms screenshots dist check-dist install-desktop bench clean

setup:
	@tools/setup-venv

run: setup
	$(VENV_PY) -m planner $(ARGS)

test: setup
	$(VENV_PY) -m ruff check .
	$(VENV_PY) -m ruff format --check .
	$(VENV_PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV_PY) -m ruff check .
	$(VENV_PY) -m ruff format --check .

format: setup
	$(VENV_PY) -m ruff format .
	$(VENV_PY) -m ruff check --fix .

# Regenerate planner/gui/forms/ from the Designer forms in ui/.
forms: setup
	$(VENV_PY) tools/build_forms.py

# The README's screenshots (docs/screenshots/), from the real app under Xvfb.
screenshots: setup
	$(VENV_PY) tools/screenshots.py

# The executables in dist/ (see build.spec and tools/build_dist.py).
dist: setup
	$(VENV_PY) -m pip install --quiet -e ".[build]"
	$(VENV_PY) tools/build_dist.py

# Start the built app under Xvfb, open the example, screenshot, quit; use its commands.
check-dist:
	bash tools/check_bundle.sh

# Install the desktop entry and icons for this user, pointing at the one-folder build
# (or at the installed `interview-planner` when there is no build).
install-desktop:
	bash tools/install_desktop.sh

# Benchmarks beside their baselines; results go into docs/performance.md by hand.
bench: dist
	$(VENV_PY) benchmarks/bench_sheet.py
	$(VENV_PY) benchmarks/bench_startup.py
	$(VENV_PY) benchmarks/bench_scale.py
	$(VENV_PY) benchmarks/bench_import.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -not -path './.venv/*' -exec rm -rf {} +
