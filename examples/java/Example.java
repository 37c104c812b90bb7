import java.time.LocalDate;
import no.velferd.*;

/** A case handler computes one month of economic assistance and shows why. */
public class Example {
  public static void main(String[] args) {
    try (Context bergen = new Context("bergen");
         Client client = new Client();
         Trace trace = new Trace()) {
      client.setBirthDate(LocalDate.of(1950, 3, 10));
      client.setCivilStatus(CivilStatus.UNMARRIED);
      client.setTrygd(Trygd.OLD_AGE);
      client.setIncome(IncomeKind.TRYGD, 15_000_00L);       // øre
      client.setHousing(HousingKind.RENT, 9_000_00L);
      client.setHousing(HousingKind.ELECTRICITY, 1_000_00L);
      try (AssistanceResult r = Velferd.assistanceMonth(bergen, client, 2021, 10, trace)) {
        System.out.println("Assistance for 2021-10: " + Velferd.moneyFormat(r.getAssistance()) + " kr");
      }
      System.out.println(trace.toText());
    } catch (VelferdException e) {
      System.err.println("velferd: " + e.getStatus() + ": " + e.getMessage());
      System.exit(1);
    }
  }
}
