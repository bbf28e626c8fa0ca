// Post-build check: the consumer's tests ran (two JUnit tests and one jqwik property) and none failed.
// Surefire's per-class report files are overwritten when two engines run one class, so read the run's summary.
def log = new File(basedir, 'build.log').text
def summaries = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: \d+$/).collect { it }
assert !summaries.isEmpty() : 'no surefire summary in build.log: the consumer tests did not run'
def last = summaries.last()
assert last[1].toInteger() >= 3 : "expected at least 3 consumer tests, got ${last[0]}"
assert last[2].toInteger() == 0 && last[3].toInteger() == 0 : last[0]
assert log.contains('consumer classified: ') : 'the consumer did not classify a profile'
