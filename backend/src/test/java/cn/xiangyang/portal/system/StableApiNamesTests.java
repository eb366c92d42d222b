package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The schema names of the OpenAPI document (issue 8): module and simple name, and the enclosing types
 * too where two records of a module share a simple name; a response record's non-null components required.
 */
class StableApiNamesTests {

  record Outer(Inner one, Other.Inner two) {}

  record Inner(String a) {}

  static final class Other {
    record Inner(int b) {}
  }

  private static Map<String, Schema> schemas(Class<?> type) {
    ModelConverters converters = new ModelConverters();
    converters.addConverter(new StableApiNames.SchemaNames());
    return converters.readAll(type);
  }

  @Test
  void aPortalTypeIsNamedAfterItsModuleAndSimpleName() throws Exception {
    Map<String, Schema> schemas =
        schemas(Class.forName("cn.xiangyang.portal.filing.internal.Views$CaseView"));
    assertThat(schemas)
        .containsKeys(
            "FilingCaseView", "FilingCaseRecordApplicant", "FilingApplicationFormApplicant")
        .doesNotContainKeys("CaseView", "FilingApplicant");
  }

  @Test
  void twoRecordsOfOneModuleWithOneSimpleNameKeepTheirEnclosingTypes() {
    assertThat(schemas(Outer.class))
        .containsKeys(
            "SystemOuter", "SystemStableApiNamesTestsInner", "SystemStableApiNamesTestsOtherInner");
  }

  record Shown(String name, @Nullable String note, Optional<String> maybe, int count) {}

  record Sent(String text) {}

  @Test
  void aResponseRecordsNonNullComponentsAreRequiredButARequestBodysAreNot() {
    StableApiNames.RequiredComponents required = new StableApiNames.RequiredComponents();
    ModelConverters converters = new ModelConverters();
    converters.addConverter(new StableApiNames.SchemaNames());
    converters.addConverter(required);
    Map<String, Schema> schemas = new HashMap<>(converters.readAll(Shown.class));
    schemas.putAll(converters.readAll(Sent.class));
    OpenAPI api = new OpenAPI()
        .components(new Components().schemas(schemas))
        .path(
            "/sent",
            new PathItem()
                .post(new Operation()
                    .requestBody(new RequestBody()
                        .content(new Content()
                            .addMediaType(
                                "application/json",
                                new MediaType()
                                    .schema(new Schema<>()
                                        .$ref("#/components/schemas/SystemSent")))))));
    required.markResponses(api);
    assertThat(schemas.get("SystemShown").getRequired()).containsExactly("count", "name");
    assertThat(schemas.get("SystemSent").getRequired()).isNull();
  }
}
