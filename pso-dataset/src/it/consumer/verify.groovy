// Post-build check: the consumer's tests ran and none failed.
def report = new File(basedir, 'target/surefire-reports')
assert report.isDirectory() : 'no surefire reports: the consumer tests did not run'
def xml = report.listFiles().find { it.name.endsWith('.xml') }
assert xml != null
def suite = new XmlSlurper().parse(xml)
assert (suite.@tests.toInteger()) >= 3 : "expected at least 3 consumer tests, got ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
