package cn.xiangyang.portal.assistant;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server speaking the OpenAI chat-completions protocol with streaming: each reply is sent as
 * {@code data: {...}} chunks and {@code data: [DONE]}. What it answers is scripted by the test from the
 * request body; a script may also stall before answering.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  /** A scripted reply: the content pieces to stream, after waiting {@code delayMillis}. */
  public record Reply(List<String> pieces, long delayMillis) {}

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile Function<String, Reply> script =
      body -> new Reply(List.of("根据现有资料无法回答这个问题。"), 0);

  public FakeOpenAiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/chat/completions", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public void script(Function<String, Reply> script) {
    this.script = script;
  }

  public List<String> requests() {
    return requests;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(body);
    Reply reply = script.apply(body);
    try {
      Thread.sleep(reply.delayMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    try {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (String piece : reply.pieces()) {
          write(
              out,
              "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test\",\"choices\":"
                  + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":" + quote(piece)
                  + "},\"finish_reason\":null}]}");
        }
        write(
            out,
            "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test\",\"choices\":"
                + "[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      // the client gave up (timeout): nothing to do
    }
  }

  private static void write(OutputStream out, String json) throws IOException {
    out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String quote(String text) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        default -> q.append(c);
      }
    }
    return q.append('"').toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
