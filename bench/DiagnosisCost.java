import cn.xiangyang.portal.assistant.internal.situation.IssueSpotting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of the assistant's diagnosis alone (reading the facts of a story and spotting its issues), in
 * process, one story at a time: the assistant issue allows it 20 ms p50 on this machine. Run with the
 * backend's classes on the class path:
 * {@code java --class-path backend/target/classes bench/DiagnosisCost.java stories.txt [name]}
 * (one story per line). Prints one table row like bench/run.sh's, latencies per story.
 */
public class DiagnosisCost {
  public static void main(String[] args) throws Exception {
    List<String> stories = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).toList();
    String name = args.length > 1 ? args[1] : "assistant diagnosis (in process, per story)";
    IssueSpotting spotting = new IssueSpotting();
    LocalDate today = LocalDate.of(2026, 12, 2);
    for (int warm = 0; warm < 30; warm++) {
      stories.forEach(s -> spotting.diagnose(s, today));
    }
    int rounds = 20;
    long[] nanos = new long[rounds * stories.size()];
    int i = 0;
    long started = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (String s : stories) {
        long t = System.nanoTime();
        spotting.diagnose(s, today);
        nanos[i++] = System.nanoTime() - t;
      }
    }
    double perSecond = nanos.length / ((System.nanoTime() - started) / 1e9);
    Arrays.sort(nanos);
    System.out.printf("| %-48s | %10.0f | %6.2fms | %6.2fms | %8s | %8s |%n", name, perSecond,
        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, 0, "-");
  }
}
