// Post-build check: both Spark tests ran and passed, and Spark really ran (its version was printed).
def log = new File(basedir, 'build.log').text
def summaries = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)$/).collect { it }
assert !summaries.isEmpty() : 'no surefire summary in build.log: the Spark tests did not run'
def last = summaries.last()
assert last[1].toInteger() == 2 : "expected 2 Spark tests, got ${last[0]}"
assert last[2].toInteger() == 0 && last[3].toInteger() == 0 && last[4].toInteger() == 0 : last[0]
assert log.contains('spark version: ') : 'Spark did not start'
assert log.contains('spark rules by sector: ') && log.contains('spark trained bayes by sector: ')
