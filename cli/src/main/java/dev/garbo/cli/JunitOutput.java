package dev.garbo.cli;

import dev.garbo.Finding;
import dev.garbo.Severity;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code garbo check --format junit}: JUnit XML, which every CI shows as a test report. One test
 * case per reply; it fails when the reply has a finding at or above {@code --fail-on}, so the
 * report and the exit status agree. Findings below that level are listed in its output.
 */
final class JunitOutput {
  private JunitOutput() {}

  /** @param failAt the level that fails a reply, or {@code null} for none */
  static void write(Writer out, List<CheckedReply> checked, Severity failAt) throws XMLStreamException {
    long failures = checked.stream().filter(c -> fails(c, failAt)).count();
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("testsuites");
    x.writeAttribute("name", "garbo");
    x.writeAttribute("tests", Integer.toString(checked.size()));
    x.writeAttribute("failures", Long.toString(failures));
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", "garbo check");
    x.writeAttribute("tests", Integer.toString(checked.size()));
    x.writeAttribute("failures", Long.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    for (CheckedReply c : checked) {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", XmlText.clean(c.file() != null ? c.file() : c.id()));
      x.writeAttribute("name", XmlText.clean(c.key() != null ? c.key() : c.id()));
      StringBuilder details = new StringBuilder();
      for (Finding f : c.findings()) {
        details.append(c.file() != null ? c.file() : c.id()).append(':').append(f.line()).append(':').append(f.column())
            .append(": ").append(f.severity().code()).append(": ").append(f.message()).append(" [").append(f.rule()).append("]\n")
            .append("    ").append(f.text()).append('\n');
        if (!f.suggestions().isEmpty()) {
          details.append("    try: ").append(String.join(" | ", f.suggestions())).append('\n');
        }
      }
      if (fails(c, failAt)) {
        Finding worst = c.findings().stream().filter(f -> f.severity().atLeast(failAt)).findFirst().orElseThrow();
        x.writeStartElement("failure");
        x.writeAttribute("type", worst.rule());
        x.writeAttribute("message", XmlText.clean(c.findings().size() + (c.findings().size() == 1 ? " finding" : " findings")
            + ", score " + c.result().score() + "/100: " + worst.message()));
        x.writeCharacters(XmlText.clean(details.toString()));
        x.writeEndElement();
      } else if (details.length() > 0) {
        x.writeStartElement("system-out");
        x.writeCharacters(XmlText.clean(details.toString()));
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
    x.flush();
  }

  private static boolean fails(CheckedReply c, Severity failAt) {
    return failAt != null && c.findings().stream().anyMatch(f -> f.severity().atLeast(failAt));
  }
}
