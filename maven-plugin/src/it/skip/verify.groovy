def log = new File(basedir, 'build.log').text
assert log.contains('garbo: skipped (garbo.skip)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[no-problem]')
assert !new File(basedir, 'target/garbo').exists()
true
