package org.psoscale.dataset;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Package-private: the caller's stream, seen through a view whose {@code close()} does nothing. Every reader of this
 * package documents that it does not close the stream it is given, but Jackson's parsers and decoding readers close
 * their source when they are closed (or reach its end); they are handed this view instead.
 */
final class KeptOpen extends FilterInputStream {
  private KeptOpen(InputStream in) {
    super(in);
  }

  /** {@return a view of {@code in} that reads it and never closes it} */
  static InputStream of(InputStream in) {
    return new KeptOpen(java.util.Objects.requireNonNull(in, "in"));
  }

  /** {@inheritDoc} Reads many bytes at once from the stream (the inherited method does). */
  @Override
  public int read(byte[] b, int off, int len) throws java.io.IOException {
    return in.read(b, off, len);
  }

  /** Leaves the caller's stream open. */
  @Override
  public void close() {
    // the caller's stream stays open
  }
}
