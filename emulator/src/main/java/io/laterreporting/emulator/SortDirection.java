package io.laterreporting.emulator;

public enum SortDirection {
  ASC,
  DESC
}
