package cn.xiangyang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules own their data (issue 8). ArchUnit and Spring Modulith see imports, not SQL: this test reads
 * the SQL in each module's sources and fails when a module names a table another module owns. A module
 * that needs another's data asks its published API ({@code AccountDirectory}, {@code Commissions},
 * {@code AuditTrail}, …).
 *
 * <p>Every table the migrations create has exactly one owner below, so a new table must be given one.
 */
class DataOwnershipTests {

  private static final Path SOURCES = Path.of("src/main/java/cn/xiangyang/portal");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Table (as the SQL names it, schema-qualified outside {@code public}) → the module that owns it. */
  private static final Map<String, String> OWNERS = owners();

  private static Map<String, String> owners() {
    Map<String, String> m = new LinkedHashMap<>();
    own(
        m,
        "accounts",
        "accounts",
        "workers",
        "employers",
        "staff",
        "accounts.case_access_codes",
        "accounts.case_links",
        "accounts.employer_documents",
        "accounts.employer_invitations",
        "accounts.employer_verifications",
        "accounts.impostor_reports",
        "accounts.sms_outbox",
        "accounts.visitors");
    own(m, "commissions", "commissions.commissions", "commissions.areas");
    own(m, "audit", "audit.audit_events");
    own(
        m,
        "filing",
        "cases",
        "case_documents",
        "case_events",
        "case_number_counters",
        "case_number_prefixes",
        "defences",
        "evidence",
        "hearings",
        "document_services");
    own(m, "notifications", "inbox_messages", "e_service_consent");
    own(
        m,
        "assistant",
        "assistant_feedback",
        "assistant_messages",
        "assistant_sensitive_words",
        "assistant_unanswered");
    own(m, "events", "events.deliveries", "events.publications");
    own(m, "system", "system.idempotency_keys");
    own(
        m,
        "hearings",
        "hearings.actions",
        "hearings.bookings",
        "hearings.hearings",
        "hearings.objections",
        "hearings.open_day_hearings",
        "hearings.open_day_reminders",
        "hearings.open_days",
        "hearings.rooms",
        "hearings.venues");
    own(
        m,
        "compliance",
        "compliance.checkups",
        "compliance.drafts",
        "compliance.enterprises",
        "compliance.training_requests");
    own(
        m,
        "legaldata",
        "local_average_wage",
        "local_minimum_wage",
        "local_minimum_wage_areas",
        "local_minimum_wage_tiers",
        "legal_calendar_years");
    return m;
  }

  private static void own(Map<String, String> m, String module, String... tables) {
    for (String t : tables) {
      assertThat(m.put(t, module)).as("table %s given two owners", t).isNull();
    }
  }

  // A table named where SQL reads or writes one: after from / join / into / update / table.
  private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
      "\\b(?:from|join|into|update|table)\\s+((?:[a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  @Test
  void everyModuleNamesOnlyItsOwnTables() throws IOException {
    Map<String, Set<String>> trespasses = new TreeMap<>();
    int tablesSeen = 0;
    for (Path file : javaSources()) {
      String module = moduleOf(file);
      for (String sql : literals(Files.readString(file))) {
        Matcher m = TABLE_AFTER_KEYWORD.matcher(sql);
        while (m.find()) {
          String table = m.group(1).toLowerCase(Locale.ROOT);
          String owner = OWNERS.get(table);
          if (owner == null) {
            continue; // prose in a message ("from the day …"), a CTE, a function such as unnest
          }
          tablesSeen++;
          if (!owner.equals(module)) {
            trespasses
                .computeIfAbsent(module + " → " + owner, k -> new TreeSet<>())
                .add(table + " (" + SOURCES.relativize(file) + ")");
          }
        }
      }
    }
    assertThat(tablesSeen).as("the scan found the modules' SQL at all").isGreaterThan(100);
    assertThat(trespasses)
        .as("SQL that names another module's tables; ask that module's API instead")
        .isEmpty();
  }

  @Test
  void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
    Set<String> created = tablesAfterMigrations();
    assertThat(created).as("tables found in the migrations").hasSizeGreaterThan(40);
    assertThat(OWNERS.keySet())
        .as("owners are listed for exactly the tables the migrations leave")
        .containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void theScanSeesATrespass() {
    // The rule itself can fail: filing SQL that joins the accounts table is caught.
    String sql =
        "select e.occurred_at from audit.audit_events e left join accounts a on a.id = e.actor_id";
    Matcher m = TABLE_AFTER_KEYWORD.matcher(sql);
    List<String> owners = new ArrayList<>();
    while (m.find()) {
      owners.add(OWNERS.get(m.group(1)));
    }
    assertThat(owners).containsExactly("audit", "accounts");
  }

  private static final Pattern CREATE = Pattern.compile(
      "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOVE = Pattern.compile(
      "alter\\s+table\\s+(?:public\\.)?([a-z_]+)\\s+set\\s+schema\\s+([a-z_]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP =
      Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_.]+)", Pattern.CASE_INSENSITIVE);

  /** The tables that exist after all migrations, in version order (creates, schema moves and drops). */
  private static Set<String> tablesAfterMigrations() throws IOException {
    Set<String> tables = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(MIGRATIONS)) {
      files = s.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(Comparator.comparingInt(DataOwnershipTests::version))
          .toList();
    }
    for (Path f : files) {
      String sql = Files.readString(f).replaceAll("--[^\\n]*", "");
      Matcher c = CREATE.matcher(sql);
      while (c.find()) {
        tables.add(c.group(1).toLowerCase(Locale.ROOT));
      }
      Matcher mv = MOVE.matcher(sql);
      while (mv.find()) {
        String table = mv.group(1).toLowerCase(Locale.ROOT);
        assertThat(tables.remove(table))
            .as("%s moves a table it never created: %s", f.getFileName(), table)
            .isTrue();
        tables.add(mv.group(2).toLowerCase(Locale.ROOT) + "." + table);
      }
      Matcher d = DROP.matcher(sql);
      while (d.find()) {
        tables.remove(d.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static int version(Path p) {
    return Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
  }

  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> s = Files.walk(SOURCES)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> SOURCES.relativize(p).getNameCount() > 1)
          .sorted()
          .toList();
    }
  }

  /** The module a source belongs to: the first package below {@code cn.xiangyang.portal}. */
  private static String moduleOf(Path file) {
    return SOURCES.relativize(file).getName(0).toString();
  }

  /** The Java string literals and text blocks of a source, where its SQL is. */
  static List<String> literals(String java) {
    List<String> out = new ArrayList<>();
    Matcher blocks = TEXT_BLOCK.matcher(java);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (blocks.find()) {
      out.add(blocks.group(1));
      rest.append(java, last, blocks.start()).append(' ');
      last = blocks.end();
    }
    rest.append(java.substring(last));
    String withoutComments = rest.toString().replaceAll("(?m)^\\s*(//|\\*|/\\*).*$", "");
    Matcher strings = STRING.matcher(withoutComments);
    while (strings.find()) {
      out.add(strings.group(1));
    }
    return out;
  }
}
