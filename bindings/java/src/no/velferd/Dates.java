package no.velferd;

import java.time.LocalDate;

/** Dates cross the JNI boundary as packed YYYYMMDD integers (0 = no date). */
final class Dates {
  private Dates() {}

  static int pack(LocalDate d) {
    if (d == null) return 0;
    int y = d.getYear();
    if (y < 1 || y > 9999) return -1; // invalid: the C library names the fault
    return y * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  static LocalDate unpack(int ymd) {
    return ymd <= 0 ? null : LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
  }
}
