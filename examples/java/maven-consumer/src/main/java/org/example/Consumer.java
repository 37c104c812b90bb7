package org.example;

import java.time.LocalDate;
import no.velferd.Context;
import no.velferd.ParamValue;
import no.velferd.Velferd;

/** Prints the library's version and G on a date, with its source. */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    LocalDate on = LocalDate.parse(args.length > 0 ? args[0] : "2021-06-01");
    try (Context ctx = new Context("default");
         ParamValue g = ctx.paramGet("g", on)) {
      System.out.println("velferd " + Velferd.libraryVersion());
      System.out.println("G on " + on + ": " + Velferd.moneyFormat(g.getNum()) + " kr ("
          + g.getSource() + ")");
    }
  }
}
