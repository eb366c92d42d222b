package cn.xiangyang.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the modules honest: others use only a module's base package, and there are no cycles. */
class ModularityTests {

  // The knowledge-base library (cn.xiangyang.portal.kb) shares the base package but is a jar, not a module.
  private final ApplicationModules modules =
      ApplicationModules.of(
          PortalBackendApplication.class,
          com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("cn.xiangyang.portal.kb.."));

  @Test
  void modulesOnlyUseEachOthersApiAndHaveNoCycles() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagram() {
    // Into the repository's docs/ (tests run in backend/): the diagram of record, with "listens to" event edges.
    new Documenter(modules, "../docs/modules").writeModulesAsPlantUml();
  }
}
