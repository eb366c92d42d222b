package cn.xiangyang.portal.kb.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The bge-small-zh-v1.5 (quantized) embedding model, run in process: passages as they are, queries with
 * the instruction prefix bge was trained with. Vectors are unit length, so the dot product is the cosine.
 *
 * <p>Thread-safe. Loading the model takes about a second; create one instance and share it.
 */
public final class Embeddings {

  /** bge-small-zh-v1.5's instruction for short queries that retrieve passages. */
  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  /**
   * The longest input accepted, in characters. The model's tokenizer cuts every input at 512 tokens
   * without telling anyone; at most one token per character (see {@link Passages}) keeps us well below.
   */
  public static final int MAX_INPUT_CHARS = 500;

  private final BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

  /** The vectors of passages to be indexed, in order; rejects any text longer than {@link #MAX_INPUT_CHARS}. */
  public List<float[]> passages(List<String> texts) {
    return embed(texts, "");
  }

  /** The vector of one search query, with the query instruction prepended. */
  public float[] query(String text) {
    return queries(List.of(text)).getFirst();
  }

  /** The vectors of several search queries, each with the query instruction prepended. */
  public List<float[]> queries(List<String> texts) {
    return embed(texts, QUERY_INSTRUCTION);
  }

  private List<float[]> embed(List<String> texts, String prefix) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      String input = prefix + text;
      if (input.length() > MAX_INPUT_CHARS) {
        throw new IllegalArgumentException(
            "text of " + input.length() + " characters would be truncated by the embedding model; split it first");
      }
      segments.add(TextSegment.from(input));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
      vectors.add(unit(embedding.vector()));
    }
    return vectors;
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / norm);
    }
    return unit;
  }
}
