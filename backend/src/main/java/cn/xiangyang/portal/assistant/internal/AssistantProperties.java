package cn.xiangyang.portal.assistant.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the assistant ({@code portal.assistant}).
 *
 * @param conversationTtl how long a conversation is remembered after its last message
 * @param memoryTurns how many recent turns (question or answer) are kept per conversation
 * @param minAgreement the least retrieval agreement (fused score of the best hit, in units of one
 *     retriever ranking it first) an answer needs; below it the assistant says it has no basis
 * @param chunkChars about how many characters each streamed {@code delta} carries
 * @param limits questions allowed per minute
 * @param queue answers worked on at once and the waiting line behind them ({@link AnswerQueue})
 * @param llm the optional OpenAI-compatible model; without a base URL and model the assistant runs offline
 */
@ConfigurationProperties("portal.assistant")
record AssistantProperties(
    Duration conversationTtl,
    int memoryTurns,
    double minAgreement,
    int chunkChars,
    Limits limits,
    Queue queue,
    Llm llm) {

  AssistantProperties {
    conversationTtl = conversationTtl == null ? Duration.ofHours(24) : conversationTtl;
    memoryTurns = memoryTurns > 0 ? memoryTurns : 10;
    minAgreement = minAgreement > 0 ? minAgreement : 3.8;
    chunkChars = chunkChars > 0 ? chunkChars : 16;
    limits = limits == null ? new Limits(60, 30, 20, Duration.ofMinutes(1)) : limits;
    queue = queue == null ? new Queue(0, 0) : queue;
    llm = llm == null ? Llm.NONE : llm;
  }

  /**
   * @param perIp questions per window from one address
   * @param perAccount questions per window from one signed-in account
   * @param window the fixed window
   */
  /**
   * Questions per window: per conversation (the visitor's session, so that a factory's workers behind one
   * address each get their own allowance), per client address (wider, for such shared addresses) and
   * per signed-in account.
   */
  record Limits(int perIp, int perAccount, int perConversation, Duration window) {
    Limits {
      perIp = perIp > 0 ? perIp : 60;
      perAccount = perAccount > 0 ? perAccount : 30;
      perConversation = perConversation > 0 ? perConversation : 20;
      window = window == null ? Duration.ofMinutes(1) : window;
    }
  }

  /**
   * @param concurrent answers searched and composed at once per backend (default 8 per core)
   * @param waiting people who may wait in line behind them, told their place; beyond it a question gets 503
   */
  record Queue(int concurrent, int waiting) {
    Queue {
      concurrent = concurrent > 0 ? concurrent : 8 * Runtime.getRuntime().availableProcessors();
      waiting = waiting > 0 ? waiting : 20_000;
    }
  }

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:11434/v1}; empty = no LLM
   * @param model the model name
   * @param apiKey the key, from the environment only
   * @param firstTokenTimeout longest wait for the first token
   * @param idleTimeout longest wait between two tokens
   * @param failureThreshold failures in a row that open the circuit breaker
   * @param coolDown how long the LLM is skipped once the breaker is open
   * @param maxPassages passages put before the model
   */
  record Llm(
      @Nullable String baseUrl,
      @Nullable String model,
      @Nullable String apiKey,
      Duration firstTokenTimeout,
      Duration idleTimeout,
      int failureThreshold,
      Duration coolDown,
      int maxPassages) {

    private static final Duration FIRST_TOKEN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration COOL_DOWN = Duration.ofMinutes(1);

    /** No model configured: the defaults of every setting. */
    static final Llm NONE =
        new Llm(null, null, null, FIRST_TOKEN_TIMEOUT, IDLE_TIMEOUT, 0, COOL_DOWN, 0);

    // The timeouts may be left out of the configuration (the binder passes null): their defaults.
    Llm {
      firstTokenTimeout = firstTokenTimeout == null ? FIRST_TOKEN_TIMEOUT : firstTokenTimeout;
      idleTimeout = idleTimeout == null ? IDLE_TIMEOUT : idleTimeout;
      failureThreshold = failureThreshold > 0 ? failureThreshold : 3;
      coolDown = coolDown == null ? COOL_DOWN : coolDown;
      maxPassages = maxPassages > 0 ? maxPassages : 6;
    }

    boolean configured() {
      return baseUrl != null && !baseUrl.isBlank() && model != null && !model.isBlank();
    }
  }
}
