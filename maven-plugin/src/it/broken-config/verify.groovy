// The build failed with the file, line and column of the mistake and a suggestion, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains("garbo configuration error: .garbo.yaml:4:3: unknown rule 'no-problm'; did you mean 'no-problem'?")
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat dev\.garbo\./) : 'no stack trace of ours'
assert !log.contains('Exception:') : 'no exception class names'
assert !new File(basedir, 'target/garbo/garbo.json').exists()
true
