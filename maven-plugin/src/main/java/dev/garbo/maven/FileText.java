package dev.garbo.maven;

import dev.garbo.source.SourceException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a source file: UTF-8, as garbo reads everything, naming the place of the first bad byte. */
final class FileText {
  private FileText() {}

  /**
   * The file's text. A {@code .properties} bundle that is not valid UTF-8 is read as ISO-8859-1,
   * which is what {@link java.util.PropertyResourceBundle} does with it too.
   *
   * @param file the name used in the error
   */
  static String decode(String file, byte[] bytes) throws SourceException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      return utf8.decode(buf).toString();
    } catch (CharacterCodingException e) {
      if (file.endsWith(".properties")) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
      int bad = firstBadByte(bytes);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new SourceException(file, line, column,
          String.format(java.util.Locale.ROOT, "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[bad] & 0xFF));
    }
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = d.decode(in, out, true);
    return result.isError() ? in.position() : 0;
  }
}
