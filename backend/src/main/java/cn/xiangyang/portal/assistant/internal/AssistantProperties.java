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
    llm = llm == null ? new Llm(null, null, null, null, null, 0, null, 0) : llm;
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
      @Nullable Duration firstTokenTimeout,
      @Nullable Duration idleTimeout,
      int failureThreshold,
      @Nullable Duration coolDown,
      int maxPassages) {

    Llm {
      firstTokenTimeout = firstTokenTimeout == null ? Duration.ofSeconds(15) : firstTokenTimeout;
      idleTimeout = idleTimeout == null ? Duration.ofSeconds(10) : idleTimeout;
      failureThreshold = failureThreshold > 0 ? failureThreshold : 3;
      coolDown = coolDown == null ? Duration.ofMinutes(1) : coolDown;
      maxPassages = maxPassages > 0 ? maxPassages : 6;
    }

    boolean configured() {
      return baseUrl != null && !baseUrl.isBlank() && model != null && !model.isBlank();
    }
  }
}
