package io.laterreporting.beam.reading;

import io.laterreporting.beam.planning.ReadUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** Encodes a {@link FetchedPage}: its rows with their schema coder, the rest compactly. */
final class FetchedPageCoder<R> extends CustomCoder<FetchedPage<R>> {
  private static final long serialVersionUID = 1L;
  private static final Coder<ReadUnit> UNIT = SerializableCoder.of(ReadUnit.class);
  private static final Coder<Integer> INT = VarIntCoder.of();
  private static final Coder<Long> TOTAL = NullableCoder.of(VarLongCoder.of());
  private static final Coder<Boolean> BOOL = BooleanCoder.of();

  private final Coder<List<R>> rows;

  FetchedPageCoder(Coder<R> rowCoder) {
    this.rows = ListCoder.of(rowCoder);
  }

  @Override
  public void encode(FetchedPage<R> page, OutputStream out) throws IOException {
    UNIT.encode(page.unit(), out);
    INT.encode(page.kind().ordinal(), out);
    INT.encode(page.index(), out);
    INT.encode(page.expectedCount(), out);
    TOTAL.encode(page.reportedTotalItems(), out);
    BOOL.encode(page.last(), out);
    rows.encode(page.rows(), out);
  }

  @Override
  public FetchedPage<R> decode(InputStream in) throws IOException {
    return FetchedPage.of(
        UNIT.decode(in),
        FetchedPage.Kind.values()[INT.decode(in)],
        INT.decode(in),
        INT.decode(in),
        TOTAL.decode(in),
        BOOL.decode(in),
        rows.decode(in));
  }
}
