package org.psoscale.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * Package-private: the bytes a data-set reader parses, checked as strict UTF-8 on the way through and kept from a
 * record's first byte onwards, so that the reader can parse the bytes straight away (Jackson's byte parser, without
 * a decoding {@link java.io.Reader} in between) and still:
 * <ul>
 *   <li>reject what the strict decoder rejects ({@link org.psoscale.model.PsoJson#utf8}: bad, overlong or
 *       truncated sequences, encoded surrogates, code points above U+10FFFF) with a {@link MalformedInputException}.
 *       The bytes before the bad sequence are handed on first, so what the parser finds wrong before it (a syntax
 *       error, an unknown top-level property) is reported too, in reading order. (The decoder threw from whichever
 *       read of 4,000 characters held the bad bytes, so which earlier problems it listed with it depended on where
 *       that boundary fell.)</li>
 *   <li>hand back the bytes of one record ({@link #bytes(long, long)}) when it has to be parsed again to report
 *       its problems, while memory holds only the current record and the parser's read-ahead
 *       ({@link #release(long)} drops the rest);</li>
 *   <li>turn a location of the byte parser, whose columns count bytes, into the one a character parser gives,
 *       whose columns count UTF-16 characters ({@link #inCharacters(JsonLocation)}), so that line and column in a
 *       problem stay what they were for lines with accented letters.</li>
 * </ul>
 * Closing it leaves the stream it reads open (the caller's). One instance per read; not thread-safe.
 */
final class Utf8Window extends InputStream {
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final InputStream in;
  /** Bytes kept: stream offsets {@code [base, base + size)} at {@code kept[from, from + size)}. */
  private byte[] kept = new byte[8 * 1024];
  private int from;
  private long base;
  private int size;

  // validation state carried across reads: continuation bytes still due, and the range of the next one
  private int due;
  private int low = 0x80;
  private int high = 0xBF;
  private boolean broken;

  // Column translation. A line's characters are its bytes minus one per continuation byte plus one per four-byte
  // lead (two UTF-16 characters). Only those bytes are noted, as they pass (none for ASCII text), so that
  // translating costs nothing until a location is asked for.
  private long[] marks = new long[64];
  private int markCount;
  /** The stream offset at which the line holding {@code base} starts. */
  private long lineStart;
  /** The shift of the bytes from {@code lineStart} to {@code base}, whose notes were dropped. */
  private long shiftBeforeBase;

  Utf8Window(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (broken) {
      throw new MalformedInputException(1);
    }
    int n = in.read(b, off, len);
    if (n < 0) {
      if (due > 0) {
        broken = true;
        throw new MalformedInputException(1);
      }
      return -1;
    }
    int good = validate(b, off, n, base + size);
    if (good < n) {
      // the bytes before the bad sequence go on to the parser; the next read throws
      broken = true;
      if (good == 0) {
        throw new MalformedInputException(1);
      }
    }
    keep(b, off, good);
    return good;
  }

  /**
   * Checks the bytes (at stream offset {@code at}), carrying an unfinished sequence over; returns how many come
   * before the first bad sequence ({@code n} if none). ASCII is skipped 32 or eight bytes at a time.
   */
  private int validate(byte[] b, int off, int n, long at) {
    int end = off + n;
    int lastStart = off;
    int i = off;
    while (i < end) {
      if (due == 0) {
        // ASCII runs (most of a data set): 32 bytes, then 8, per test of their high bits
        while (i + 32 <= end && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8) | (long) LONGS.get(b, i + 16)
            | (long) LONGS.get(b, i + 24)) & HIGH_BITS) == 0) {
          i += 32;
        }
        if (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += 8;
          continue;
        }
        if (i >= end) {
          break;
        }
        int c = b[i];
        if (c >= 0) {
          i++;
          continue;
        }
        c &= 0xFF;
        lastStart = i;
        if (c >= 0xC2 && c <= 0xDF) {
          due = 1;
          low = 0x80;
          high = 0xBF;
        } else if (c >= 0xE0 && c <= 0xEF) {
          due = 2;
          low = c == 0xE0 ? 0xA0 : 0x80;
          high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
          due = 3;
          low = c == 0xF0 ? 0x90 : 0x80;
          high = c == 0xF4 ? 0x8F : 0xBF;
          mark(at + (i - off), -1);
        } else {
          return i - off;
        }
      } else {
        int c = b[i] & 0xFF;
        if (c < low || c > high) {
          // the bad sequence started at lastStart (possibly in an earlier read, already handed on)
          return lastStart - off;
        }
        low = 0x80;
        high = 0xBF;
        due--;
        mark(at + (i - off), 1);
      }
      i++;
    }
    return n;
  }

  /** Notes a byte that is not a character of its own (+1) or a lead of two characters (-1). */
  private void mark(long offset, int weight) {
    if (markCount == marks.length) {
      marks = Arrays.copyOf(marks, markCount * 2);
    }
    marks[markCount++] = offset * 2 + (weight < 0 ? 1 : 0);
  }

  private void keep(byte[] b, int off, int n) {
    if (from + size + n > kept.length) {
      if (size + n > kept.length) {
        kept = Arrays.copyOf(kept, Math.max(kept.length * 2, size + n));
      }
      System.arraycopy(kept, from, kept, 0, size);
      from = 0;
    }
    System.arraycopy(b, off, kept, from + size, n);
    size += n;
  }

  /**
   * Drops the bytes before the stream offset {@code offset} (a record's start): they will not be asked for. What
   * the column translation needs of them, the shift from the start of the line that holds {@code offset} to
   * {@code offset}, is kept as one number, so the notes stay within the window even in a file of one line.
   */
  void release(long offset) {
    int drop = (int) Math.min(Math.max(offset - base, 0), size);
    if (drop == 0) {
      return;
    }
    long newBase = base + drop;
    for (int i = from + drop - 1; i >= from; i--) {
      if (kept[i] == '\n') {
        lineStart = base + (i - from) + 1;
        shiftBeforeBase = 0;
        break;
      }
    }
    int keepFrom = 0;
    while (keepFrom < markCount && marks[keepFrom] / 2 < newBase) {
      if (marks[keepFrom] / 2 >= lineStart) {
        shiftBeforeBase += weight(marks[keepFrom]);
      }
      keepFrom++;
    }
    if (keepFrom > 0) {
      System.arraycopy(marks, keepFrom, marks, 0, markCount - keepFrom);
      markCount -= keepFrom;
    }
    from += drop;
    size -= drop;
    base = newBase;
  }

  private static int weight(long mark) {
    return (mark & 1) == 0 ? 1 : -1;
  }

  /** {@return a copy of the stream's bytes from {@code start} (inclusive) to {@code end} (exclusive)} */
  byte[] bytes(long start, long end) {
    if (start < base || end > base + size || start > end) {
      throw new IllegalStateException("bytes " + start + ".." + end + " are not kept (" + base + ".."
          + (base + size) + ")");
    }
    return Arrays.copyOfRange(kept, from + (int) (start - base), from + (int) (end - base));
  }

  /**
   * The location with its column counted in UTF-16 characters instead of bytes; unchanged when the start of its
   * line is no longer known (never for a location in the current record).
   */
  JsonLocation inCharacters(JsonLocation at) {
    if (at == null || at.getByteOffset() < 0 || at.getColumnNr() < 1) {
      return at;
    }
    long offset = at.getByteOffset();
    long start = offset - (at.getColumnNr() - 1);
    long shift;
    if (start >= base) {
      shift = 0;
    } else if (start == lineStart) {
      shift = shiftBeforeBase;
      start = base;
    } else {
      return at;
    }
    for (int k = 0; k < markCount; k++) {
      long position = marks[k] / 2;
      if (position >= start && position < offset) {
        shift += weight(marks[k]);
      }
    }
    return new JsonLocation(at.contentReference(), offset, at.getCharOffset(), at.getLineNr(),
        (int) (at.getColumnNr() - shift));
  }

  /** Does not close the stream it reads: the caller of {@code PsoDataset.read} owns it. */
  @Override
  public void close() {
    // the caller's stream stays open
  }
}
