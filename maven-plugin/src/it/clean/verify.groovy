// The build passed; the summary and the three reports are there and report nothing to coach.
def log = new File(basedir, 'build.log').text
assert log.contains('garbo: 4 files, 9 replies checked: nothing to coach')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING] src/')

def reports = new File(basedir, 'target/garbo')
['garbo.sarif', 'garbo.json', 'garbo.html'].each { assert new File(reports, it).isFile() : it }

def json = new groovy.json.JsonSlurper().parse(new File(reports, 'garbo.json'))
assert json.size() == 9
assert json.every { it.findings.isEmpty() }
assert json.find { it.key == 'thanks.reply' && it.file.endsWith('messages_it.properties') }.language == 'it'

def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'garbo.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules.any { it.id == 'no-problem' }
true
