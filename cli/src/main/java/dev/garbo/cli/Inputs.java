package dev.garbo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what the user hands us as text, refusing, with the place named, what is not a reply:
 * binary files, invalid UTF-8, and replies too long to be one.
 */
final class Inputs {
  private Inputs() {}

  /** Reads a file as UTF-8 text (a byte-order mark is dropped). */
  static String readFile(Path file, long maxBytes) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new UserError(name + ": no such file");
    }
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      throw new UserError(name + ": cannot read it" + (Files.isDirectory(file) ? " (a directory)" : ""));
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLong(name, size, maxBytes, false);
      }
      return decode(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UserError(name + ": cannot read it: " + e.getMessage());
    }
  }

  static String readStream(String name, InputStream in, long maxBytes) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLong(name, bytes.length, maxBytes, true);
      }
      return decode(name, bytes);
    } catch (IOException e) {
      throw new UserError(name + ": cannot read it: " + e.getMessage());
    }
  }

  private static UserError tooLong(String name, long size, long max, boolean atLeast) {
    return new UserError(name + ": " + (atLeast ? "more than " : "") + human(atLeast ? max : size) + " is too long for one reply (the limit is "
        + human(max) + "; raise it with --max-size, or split the text into replies)");
  }

  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  /** Decodes UTF-8, naming the line and column of the first bad byte or of a NUL (binary file). */
  static String decode(String name, byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        throw new UserError(name + ": binary file (NUL byte at offset " + i + "), not a text reply");
      }
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      String s = d.decode(buf).toString();
      if (s.indexOf('\0') >= 0) {
        throw new UserError(name + ": binary file (NUL byte), not a text reply");
      }
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      int bad = buf.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String good = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
      int col = good.length() + 1;
      throw new UserError(String.format(java.util.Locale.ROOT, "%s:%d:%d: invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
          name, line, col, bytes[bad] & 0xFF));
    } catch (CharacterCodingException e) {
      throw new UserError(name + ": not valid UTF-8 text");
    }
  }
}
