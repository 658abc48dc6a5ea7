// The build failed on the findings, each located as file:[line,column] in the original file:
// after a properties continuation line and a \u escape, inside a YAML block scalar, and behind
// HTML tags and Mustache placeholders. The assertions are about the no-problem rule, so that a
// new rule that also has something to say about these replies does not break them.
def log = new File(basedir, 'build.log').text

def expected = [
    'domain.yml:[9,14] "No problem" puts a problem',
    'domain.yml:[12,15] "No problem" puts a problem',
    'src/main/resources/messages_it.properties:[5,5] "Nessun problema" fa pensare a un problema',
    'src/main/resources/messages_it.properties:[6,41] "Nessun problema" fa pensare a un problema',
    'src/main/resources/templates/address-change_en.html.mustache:[4,52] "No problem" puts a problem',
]
expected.each { assert log.contains('[WARNING] ' + it) : "missing: $it" }
assert log =~ /\[WARNING\] src\/main\/resources\/messages_it\.properties:\[5,5\] .* Try: "Con piacere" .*\[no-problem\]/
assert log.count('[no-problem]') == 5
assert log.contains('garbo: 3 files, 8 replies checked: ')
assert log.contains('BUILD FAILURE')
assert log =~ /garbo found \d+ findings at or above warning \(failOnSeverity\); see target\/garbo\/garbo\.html/

def reports = new File(basedir, 'target/garbo')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'garbo.json'))
def found = json.collectMany { r ->
  r.findings.findAll { it.rule == 'no-problem' }.collect { f -> "${r.file}#${r.key ?: ''}@${f.line}:${f.column}:${f.text}" }
}
assert found == [
    'domain.yml#responses.utter_thanks[0].text@9:14:No problem',
    'domain.yml#responses.utter_thanks[1].text@12:15:no worries',
    'src/main/resources/messages_it.properties#thanks.reply@5:5:Nessun problema',
    'src/main/resources/messages_it.properties#refund.done@6:41:Nessun problema',
    'src/main/resources/templates/address-change_en.html.mustache#@4:52:No problem',
]
def it = json.find { it.key == 'thanks.reply' }
assert it.language == 'it' && it.register == 'lei'
def nessun = it.findings.find { it.rule == 'no-problem' }
assert nessun.suggestions[0] == 'Con piacere'
assert nessun.start == 30 // in the reply's text, where the suggestion applies

def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'garbo.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results.findAll { it.ruleId == 'no-problem' }
assert results.size() == 5
def refund = results.find { it.locations[0].logicalLocations?.getAt(0)?.fullyQualifiedName == 'refund.done' }
assert refund.level == 'warning'
assert refund.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/messages_it.properties'
assert refund.locations[0].physicalLocation.region.subMap(['startLine', 'startColumn', 'endLine', 'endColumn']) ==
    [startLine: 6, startColumn: 41, endLine: 6, endColumn: 56]
def html = new File(reports, 'garbo.html').text
assert html.contains('address-change_en.html.mustache') && html.contains('Con piacere')
true
