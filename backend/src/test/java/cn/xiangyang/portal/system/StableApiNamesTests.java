package cn.xiangyang.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema names of the OpenAPI document (issue 8): module and simple name, and the enclosing types
 * too where two records of a module share a simple name.
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
}
