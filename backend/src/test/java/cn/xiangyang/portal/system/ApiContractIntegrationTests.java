package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API contract (issue 8): the OpenAPI document the backend serves is compared with the contract of
 * record, {@code docs/api/openapi.json}, and the build fails on a change that would break a client built
 * against it — a removed endpoint or response field, a new required parameter or request field, a
 * narrowed type. Additions pass. Run with {@code -Dportal.contract.update=true} to write the current
 * document as the new contract of record (and commit it with the change that needed it).
 */
@IntegrationTest
class ApiContractIntegrationTests extends IntegrationTestBase {

  private static final Path CONTRACT = Path.of("../docs/api/openapi.json");

  @Autowired
  WebTestClient http;

  @Autowired
  JsonMapper json;

  private String served() {
    String body = http.get()
        .uri("/api/v1/openapi")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
    assertThat(body).isNotNull();
    // pretty and with the server's random test port left out, so the file of record diffs readably
    @SuppressWarnings("unchecked")
    Map<String, Object> document = json.readValue(body, Map.class);
    document.remove("servers");
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
  }

  @Test
  void theServedDocumentKeepsEveryPromiseOfTheContractOfRecord() throws IOException {
    String current = served();
    if (Boolean.getBoolean("portal.contract.update") || !Files.exists(CONTRACT)) {
      Files.createDirectories(CONTRACT.getParent());
      Files.writeString(CONTRACT, current);
    }
    ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(CONTRACT), current);
    assertThat(diff.isIncompatible())
        .as("breaking API changes against docs/api/openapi.json:%n%s", render(diff))
        .isFalse();
  }

  @Test
  void aRemovedEndpointIsCaught() {
    // The check can fail: a contract that promises one more endpoint than the backend serves is
    // broken.
    String current = served();
    @SuppressWarnings("unchecked")
    Map<String, Object> promised = json.readValue(current, Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> paths = (Map<String, Object>) promised.get("paths");
    paths.put(
        "/api/v1/removed-endpoint",
        Map.of(
            "get",
            Map.of(
                "operationId",
                "removed",
                "responses",
                Map.of("200", Map.of("description", "OK")))));
    ChangedOpenApi diff = OpenApiCompare.fromContents(json.writeValueAsString(promised), current);
    assertThat(diff.isIncompatible()).isTrue();
    assertThat(diff.getMissingEndpoints())
        .extracting(e -> e.getPathUrl())
        .containsExactly("/api/v1/removed-endpoint");
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, out);
    } catch (IOException e) {
      return "(could not render the differences: " + e + ")";
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
