package cn.xiangyang.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the modules honest: others use only a module's base package, and there are no cycles. */
class ModularityTests {

  // The knowledge-base library (cn.xiangyang.portal.kb) shares the base package but is a jar, not a
  // module.
  private final ApplicationModules modules = ApplicationModules.of(
      PortalBackendApplication.class,
      com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
          "cn.xiangyang.portal.kb.."));

  @Test
  void modulesOnlyUseEachOthersApiAndHaveNoCycles() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagram() throws java.io.IOException {
    // Into the repository's docs/ (tests run in backend/): the diagram of record, with "listens to"
    // event edges.
    new Documenter(modules, "../docs/modules").writeModulesAsPlantUml();
    sortRuns(java.nio.file.Path.of("../docs/modules/components.puml"));
  }

  /**
   * The documenter lists modules and relations in hash order, so each build rewrote the diagram in a new
   * order and left the checkout dirty. Sorting each run of {@code Component(} and {@code Rel(} lines makes
   * the file change only when the modules do.
   */
  static void sortRuns(java.nio.file.Path file) throws java.io.IOException {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.List<String> run = new java.util.ArrayList<>();
    String kind = null;
    for (String line : lines) {
      String k = line.strip().startsWith("Component(")
          ? "Component("
          : line.strip().startsWith("Rel(") ? "Rel(" : null;
      if (k == null || !k.equals(kind)) {
        java.util.Collections.sort(run);
        out.addAll(run);
        run.clear();
      }
      kind = k;
      if (k == null) {
        out.add(line);
      } else {
        run.add(line);
      }
    }
    java.util.Collections.sort(run);
    out.addAll(run);
    java.nio.file.Files.write(file, out);
  }
}
