package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoded strictly: bytes that are not UTF-8 (a GBK file, say) are never turned into U+FFFD. Everything decoded
 * before them is handed out first, and only the read after that fails, with {@link NotUtf8} naming the physical line
 * the bytes are on — so the rows before the bad bytes import and the reject names the right line, however far ahead
 * the readers above buffer.
 */
final class StrictUtf8Reader extends Reader {

  /** The input is not UTF-8 from this line on. */
  static final class NotUtf8 extends IOException {
    private final long line;

    NotUtf8(long line, String message) {
      super(message);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
  private boolean endOfInput;
  private long line = 1;
  private boolean afterCarriageReturn;
  private NotUtf8 failure;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    CoderResult result;
    while (true) {
      result = decoder.decode(bytes, out, endOfInput);
      if (result.isError() || result.isOverflow() || out.position() > offset || endOfInput) {
        break;
      }
      fill();
    }
    int count = out.position() - offset;
    countLines(buffer, offset, count);
    if (result.isError()) {
      failure = new NotUtf8(line, "line " + line + " is not UTF-8 (bytes " + hex(result.length())
          + " are in another encoding, such as GBK): save the file as UTF-8 and import it again");
      if (count == 0) {
        throw failure;
      }
    }
    return count == 0 ? -1 : count;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void countLines(char[] buffer, int offset, int count) {
    for (int i = offset; i < offset + count; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
        }
      } else if (c == '\r') {
        line++;
      }
      afterCarriageReturn = c == '\r';
    }
  }

  private String hex(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(length, 4); i++) {
      text.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    return text.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
