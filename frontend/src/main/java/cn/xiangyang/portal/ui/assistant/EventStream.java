package cn.xiangyang.portal.ui.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code text/event-stream} body line by line as the HTML standard describes it: {@code event:}
 * names the event ({@code message} when absent), {@code data:} lines are joined by newlines, a blank line
 * dispatches, comments ({@code :…}) and other fields are skipped, one space after the colon is dropped.
 */
final class EventStream {

  /** One dispatched event. */
  record Event(String name, String data) {}

  interface Handler {
    void on(Event event);
  }

  private EventStream() {}

  /**
   * Reads events until the stream ends or {@code stop} says so (checked before each event is handed
   * on); an event not ended by a blank line when the stream ends is dropped, as the standard says.
   */
  static void read(Reader body, Handler handler, BooleanSupplier stop) throws IOException {
    BufferedReader lines =
        body instanceof BufferedReader buffered ? buffered : new BufferedReader(body);
    @Nullable String name = null;
    StringBuilder data = new StringBuilder();
    boolean hasData = false;
    String line;
    while (!stop.getAsBoolean() && (line = lines.readLine()) != null) {
      if (line.isEmpty()) {
        if (hasData) {
          handler.on(new Event(name == null ? "message" : name, data.toString()));
        }
        name = null;
        data.setLength(0);
        hasData = false;
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "event" -> name = value;
        case "data" -> {
          if (hasData) {
            data.append('\n');
          }
          data.append(value);
          hasData = true;
        }
        default -> {
          /* id, retry: nothing to resume here, each answer is one request */
        }
      }
    }
  }
}
