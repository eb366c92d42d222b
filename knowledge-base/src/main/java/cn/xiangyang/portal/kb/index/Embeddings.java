package cn.xiangyang.portal.kb.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The bge-small-zh-v1.5 (quantized) embedding model, run in process: passages as they are, queries with
 * the instruction prefix bge was trained with. Vectors are unit length, so the dot product is the cosine.
 *
 * <p>The model is LangChain4j's bge-small-zh-v1.5 (quantized) with its own tokenizer and CLS pooling, so
 * the vectors are the ones the index was built with; only the ONNX session is configured here: one
 * intra-op thread that does not spin. With LangChain4j's default session (a thread per core, spinning
 * while it waits for work) a query cost 20–25 ms of CPU on two cores, most of it spinning, and concurrent
 * searches fought over the same cores; with one non-spinning thread it costs about 10 ms, and concurrent
 * searches run side by side on the search workers (measured 2026-12-03, {@code /tmp} harness in the
 * speed report). Batching several texts into one padded model call was measured too and was not cheaper
 * per text on this CPU (padding costs more than the shared call saves), so several texts are embedded one
 * by one, in parallel on a small pool of {@link #PARALLEL} threads.
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

  /** Texts of one call embedded at once (a narrative's parts): one per core. */
  static final int PARALLEL = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";

  private final ExecutorService pool = Executors.newFixedThreadPool(
      PARALLEL, Thread.ofPlatform().name("embeddings-", 0).daemon(true).factory());
  private final Model model = new Model(encoder(), pool);

  /** LangChain4j's in-process model around an encoder whose ONNX session is configured here. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, ExecutorService executor) {
      super(executor);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return 512;
    }
  }

  private static OnnxBertBiEncoder encoder() {
    ClassLoader loader = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL_FILE);
        InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_FILE);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException(
            "bge-small-zh-v1.5-q model files missing from the classpath");
      }
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model", e);
    }
  }

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
        throw new IllegalArgumentException("text of " + input.length()
            + " characters would be truncated by the embedding model; split it first");
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
