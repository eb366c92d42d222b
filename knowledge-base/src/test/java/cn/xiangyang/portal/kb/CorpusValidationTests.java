package cn.xiangyang.portal.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build's gate on the real corpus: {@code ./mvnw verify} fails when any of these does. */
class CorpusValidationTests {

  @Test
  void corpusOnTheClasspathHasNoProblems() {
    List<String> problems = CorpusValidator.checkClasspath();

    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s) in the knowledge-base corpus:\n  "
          + String.join("\n  ", problems));
    }
  }

  @Test
  void corpusHoldsEveryLawOfLawIds() {
    List<String> expected = List.copyOf(LawIds.byReferenceFile().values());
    Corpus corpus = Corpus.loadFromClasspath();

    assertThat(expected).hasSize(29);
    assertThat(corpus.laws()).extracting(Law::id).containsAll(expected);
  }

  @Test
  void everyLawWithoutAnOfficialReferenceTextIsMarkedUnverifiedAndSaysWhy() {
    List<String> checkedByReference = List.copyOf(LawIds.byReferenceFile().values());
    Corpus corpus = Corpus.loadFromClasspath();

    // only a law StatuteTextTests compares with an official text, or one whose text two independent
    // public
    // copies were found to agree with (named in copies), may call itself verified
    assertThat(corpus.laws())
        .filteredOn(law -> !checkedByReference.contains(law.id()))
        .isNotEmpty()
        .allSatisfy(law -> {
          assertThat(law.verification()).as(law.id()).isNotBlank();
          if (law.copies().isEmpty()) {
            assertThat(law.verified()).as(law.id()).isFalse();
          } else {
            assertThat(law.verified()).as(law.id()).isTrue();
            assertThat(law.copies())
                .as(law.id())
                .hasSizeGreaterThanOrEqualTo(2)
                .doesNotHaveDuplicates();
          }
        });
    assertThat(corpus.laws())
        .filteredOn(law -> checkedByReference.contains(law.id()))
        .allSatisfy(law -> assertThat(law.copies()).as(law.id()).isEmpty());
    assertThat(corpus.laws())
        .filteredOn(law -> checkedByReference.contains(law.id()))
        .allSatisfy(law -> assertThat(law.verified()).as(law.id()).isTrue());
  }

  @Test
  void everyLawTookEffectNoEarlierThanItsLastAdoptionOrAmendment() {
    for (Law law : Corpus.loadFromClasspath().laws()) {
      LocalDate lastChange = law.lastAmended() == null ? law.adopted() : law.lastAmended();
      assertThat(law.effective()).as(law.id()).isAfterOrEqualTo(lastChange);
    }
  }

  @Test
  void buildManifestListsEveryFileUnderKb() throws IOException {
    Path kb = LawIds.moduleDirectory().resolve("src/main/resources/kb");
    List<String> files;
    try (Stream<Path> walk = Files.walk(kb)) {
      files = walk.filter(Files::isRegularFile)
          .map(p -> kb.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("manifest.txt"))
          .sorted()
          .toList();
    }
    List<String> manifest;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(CorpusFiles.MANIFEST)) {
      assertThat(in)
          .as(CorpusFiles.MANIFEST + " on the test classpath (written by the build)")
          .isNotNull();
      manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }

    assertThat(manifest).containsExactlyElementsOf(files);
  }
}
