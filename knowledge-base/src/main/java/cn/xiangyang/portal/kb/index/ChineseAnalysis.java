package cn.xiangyang.portal.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analyzers of the index's text fields. The same instances analyse documents at build time and
 * queries at search time, so both sides always agree on what a term is.
 */
public final class ChineseAnalysis {

  /** A token and where it stands in the analysed text. */
  public record Token(String term, int start, int end) {}

  private static final Analyzer WORDS = new SmartChineseAnalyzer();
  private static final Analyzer BIGRAMS = new BigramAnalyzer();
  private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(
      WORDS,
      Map.of(IndexSchema.WORDS, WORDS, IndexSchema.HEADING, WORDS, IndexSchema.BIGRAMS, BIGRAMS));

  private ChineseAnalysis() {}

  /** SmartChineseAnalyzer: HMM word segmentation, e.g. 用人/单位/未/与/劳动者/订立/书面/劳动/合同. */
  public static Analyzer words() {
    return WORDS;
  }

  /** Overlapping CJK character bigrams (single characters stay unigrams), latin words and digits as is. */
  public static Analyzer bigrams() {
    return BIGRAMS;
  }

  /** The analyzer to write documents with: each text field with its own analyzer. */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  /** Analyses {@code text} as {@code field} would be, returning the tokens with their offsets. */
  public static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      // analysing an in-memory string performs no I/O
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The terms only, in order, repeats kept. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    return tokens(analyzer, field, text).stream().map(Token::term).toList();
  }

  private static final class BigramAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new CJKWidthFilter(source);
      stream = new LowerCaseFilter(stream);
      stream = new CJKBigramFilter(stream);
      return new TokenStreamComponents(source, stream);
    }
  }
}
