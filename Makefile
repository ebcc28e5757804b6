# The two commands a newcomer needs; the work is in scripts/.
.PHONY: run test bench
run:   ## build, migrate, seed demo data and serve on http://127.0.0.1:3000
	scripts/run.sh
test:  ## every test: unit, SQLite, PostgreSQL, end-to-end in Chromium
	scripts/test.sh
bench: ## sizes, memory and requests/s of the home page (see README)
	bench/measure.sh
