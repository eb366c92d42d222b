package cn.xiangyang.portal.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a long narrative into the facts and the claims it is made of, each searched on its own: one query of a
 * whole page is dominated by whatever it repeats most, while "公司未与其签订书面劳动合同" searched alone finds
 * the article about exactly that.
 *
 * <p>A part is a run of whole sentences of at most {@link #PART_CHARS} characters; a sentence that asks for
 * something (请求、要求、诉请、主张、申请仲裁…) is a claim and stands alone, since the claims name the rules a case
 * turns on. At most {@link #MAX_PARTS} parts: a longer text has its neighbouring facts joined.
 */
final class NarrativeParts {

  /** Texts up to this length are searched as one query. */
  static final int LONG = 160;

  static final int PART_CHARS = 160;
  static final int MAX_PARTS = 10;

  /**
   * The procedure around a claim (who asks whom, in which forum): every claim has it, so it says nothing
   * about which rule the claim turns on, and it pulls in the procedural articles that happen to list claims.
   */
  private static final Pattern PROCEDURE =
      Pattern.compile("^\\d{1,2}[.、．]|向[^，。；]{0,30}(仲裁委员会|仲裁委|法院)(申请|提起)[^，。；]{0,6}(仲裁|诉讼)|"
          + "(劳动人事争议|劳动争议)?仲裁委员会|请求(仲裁委|仲裁庭|法院)?(依法)?|(依法)?(裁决|判令|判决)|申请人|被申请人");

  /** What asks for something: a request, a claim, a numbered item of the claims list. */
  private static final Pattern CLAIM =
      Pattern.compile("请求|诉请|诉称|诉至|主张|申请仲裁|申请劳动仲裁|提起仲裁|提起诉讼|起诉|索要|讨要|^\\d{1,2}[.、．]"
          + "|裁决.{0,6}(支付|赔偿|补缴|恢复|继续履行|返还|确认)"
          + "|要求.{0,10}(支付|赔偿|补缴|补发|恢复|继续履行|返还|确认|补偿)");

  /** One part of a narrative. */
  record Part(String text, boolean claim) {

    /** The text to search with: a claim without the procedure around it. */
    String searchText() {
      if (!claim) {
        return text;
      }
      String stripped = PROCEDURE.matcher(text).replaceAll("");
      return stripped.isBlank() ? text : stripped;
    }
  }

  private NarrativeParts() {}

  /** The parts of {@code text}, in order; one part for a text of at most {@link #LONG} characters. */
  static List<Part> of(String text) {
    if (text.length() <= LONG) {
      return List.of(new Part(text, CLAIM.matcher(text).find()));
    }
    List<String> sentences = new ArrayList<>();
    for (String sentence : text.split("(?<=[。！？；!?;\\n])")) {
      String s = sentence.strip();
      if (s.isEmpty()) {
        continue;
      }
      // a sentence longer than a part is cut at its commas
      while (s.length() > PART_CHARS) {
        int cut = Math.max(s.lastIndexOf('，', PART_CHARS), s.lastIndexOf(',', PART_CHARS));
        cut = cut <= 0 ? PART_CHARS : cut + 1;
        sentences.add(s.substring(0, cut));
        s = s.substring(cut).strip();
      }
      if (!s.isEmpty()) {
        sentences.add(s);
      }
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder facts = new StringBuilder();
    for (String sentence : sentences) {
      boolean claim = CLAIM.matcher(sentence).find();
      if (claim || facts.length() + sentence.length() > PART_CHARS) {
        if (!facts.isEmpty()) {
          parts.add(new Part(facts.toString(), false));
          facts.setLength(0);
        }
      }
      if (claim) {
        parts.add(new Part(sentence, true));
      } else {
        facts.append(sentence);
      }
    }
    if (!facts.isEmpty()) {
      parts.add(new Part(facts.toString(), false));
    }
    while (parts.size() > MAX_PARTS) {
      joinShortestNeighbours(parts);
    }
    return parts;
  }

  /**
   * Joins the two neighbouring parts that make the shortest text, preferring two facts or two claims over a fact
   * and a claim; a joined part is a claim when either half was.
   */
  private static void joinShortestNeighbours(List<Part> parts) {
    int best = -1;
    int bestCost = Integer.MAX_VALUE;
    for (int i = 0; i + 1 < parts.size(); i++) {
      Part a = parts.get(i);
      Part b = parts.get(i + 1);
      int cost = a.text().length() + b.text().length() + (a.claim() == b.claim() ? 0 : 10_000);
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
      }
    }
    Part a = parts.get(best);
    Part b = parts.remove(best + 1);
    parts.set(best, new Part(a.text() + b.text(), a.claim() || b.claim()));
  }
}
