package dev.garbo.cli;

import dev.garbo.Finding;
import dev.garbo.Severity;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code garbo check --format checkstyle}: Checkstyle's XML report, which Jenkins (Warnings NG),
 * reviewdog, SonarQube importers and many CI dashboards read. One {@code <file>} per file, one
 * {@code <error>} per finding; the source is {@code garbo.RULE}.
 */
final class CheckstyleOutput {
  private CheckstyleOutput() {}

  static void write(Writer out, List<CheckedReply> checked) throws XMLStreamException {
    Map<String, List<CheckedReply>> byFile = new LinkedHashMap<>();
    for (CheckedReply c : checked) {
      byFile.computeIfAbsent(c.file() != null ? c.file() : c.id(), k -> new java.util.ArrayList<>()).add(c);
    }
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("checkstyle");
    x.writeAttribute("version", "10.0");
    for (Map.Entry<String, List<CheckedReply>> e : byFile.entrySet()) {
      x.writeCharacters("\n  ");
      x.writeStartElement("file");
      x.writeAttribute("name", XmlText.clean(e.getKey()));
      for (CheckedReply c : e.getValue()) {
        for (Finding f : c.findings()) {
          x.writeCharacters("\n    ");
          x.writeEmptyElement("error");
          x.writeAttribute("line", Integer.toString(f.line()));
          x.writeAttribute("column", Integer.toString(f.column()));
          x.writeAttribute("severity", severity(f.severity()));
          x.writeAttribute("message", XmlText.clean(f.message()
              + (f.suggestions().isEmpty() ? "" : " Try: " + String.join(" | ", f.suggestions()))));
          x.writeAttribute("source", "garbo." + f.rule());
        }
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
    }
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
    x.flush();
  }

  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case SUGGESTION -> "info";
    };
  }
}
