package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.hearings.HearingsApi.StatusChange;
import cn.xiangyang.portal.ui.shell.BackendProperties;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backend's live status stream, opened once per frontend (not once per viewer) and handed to every
 * open schedule page. It connects when the first page listens and reconnects after a failure; pages
 * reload their list when it reconnects, so a change missed meanwhile is not lost.
 */
@Component
public class LiveFeed {

  private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

  /** What a page hears: a status change, or that the stream (re)connected. */
  public interface Listener {
    void changed(StatusChange change);

    default void reconnected() {}
  }

  private final URI stream;
  private final HttpClient http;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
  private volatile boolean running;
  private volatile boolean stopped;
  private volatile boolean connected;

  LiveFeed(BackendProperties properties) {
    this.stream = properties.backendUrl().resolve("/api/v1/hearings/stream");
    this.http = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public Registration listen(Listener listener) {
    listeners.add(listener);
    start();
    return () -> listeners.remove(listener);
  }

  /** Convenience for pages that only need the changes. */
  public Registration listenToChanges(Consumer<StatusChange> changes) {
    return listen((Listener) changes::accept);
  }

  public boolean connected() {
    return connected;
  }

  private synchronized void start() {
    if (running || stopped) {
      return;
    }
    running = true;
    Thread.ofVirtual().name("hearings-live-feed").start(this::run);
  }

  private void run() {
    Duration backoff = Duration.ofMillis(500);
    boolean first = true;
    while (!stopped) {
      try {
        HttpRequest request = HttpRequest.newBuilder(stream)
            .header("Accept", "text/event-stream")
            .GET()
            .build();
        HttpResponse<InputStream> response =
            http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
          response.body().close();
          throw new java.io.IOException("status stream answered " + response.statusCode());
        }
        connected = true;
        backoff = Duration.ofMillis(500);
        if (!first) {
          listeners.forEach(Listener::reconnected);
        }
        first = false;
        read(response.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        log.warn("hearing status stream interrupted: {}", e.toString());
      }
      connected = false;
      first = false;
      try {
        Thread.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
          ? Duration.ofSeconds(10)
          : backoff.multipliedBy(2);
    }
  }

  /** Reads {@code text/event-stream}: {@code event:} and {@code data:} fields, a blank line dispatches. */
  private void read(InputStream body) throws java.io.IOException {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String event = "message";
      StringBuilder data = new StringBuilder();
      String line;
      while (!stopped && (line = lines.readLine()) != null) {
        if (line.isEmpty()) {
          if (event.equals("status") && !data.isEmpty()) {
            dispatch(data.toString());
          }
          event = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          if (!data.isEmpty()) {
            data.append('\n');
          }
          data.append(line.substring(5).stripLeading());
        }
      }
    }
  }

  private void dispatch(String data) {
    StatusChange change;
    try {
      change = json.readValue(data, StatusChange.class);
    } catch (RuntimeException e) {
      log.warn("unreadable hearing status event: {}", e.toString());
      return;
    }
    for (Listener listener : listeners) {
      try {
        listener.changed(change);
      } catch (RuntimeException e) {
        log.warn("a schedule page failed to take a status change: {}", e.toString());
      }
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
  }
}
