package cn.xiangyang.portal.system;

import io.r2dbc.spi.Readable;

/**
 * Reading columns the schema declares {@code not null}. R2DBC's {@link Readable#get(String, Class)} may
 * return null for any column; for a {@code not null} column a null is a bug (a wrong column name, a
 * broken migration), reported with the column's name instead of a NullPointerException later.
 */
public final class Rows {

  private Rows() {}

  /** The value of a {@code not null} column. */
  public static <T> T required(Readable row, String column, Class<T> type) {
    T value = row.get(column, type);
    if (value == null) {
      throw new IllegalStateException(
          "column " + column + " is null, but the schema says it is not");
    }
    return value;
  }
}
