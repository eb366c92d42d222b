package cn.xiangyang.portal.system;

import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Recognises a failure of PostgreSQL or Redis (down, frozen, too slow, pool exhausted) anywhere in an
 * exception's causes. Such a request may be retried and wrote nothing: it is answered 503 with {@code
 * Retry-After}, never 500 and never a hang.
 */
public final class Unavailable {

  /** Seconds a client should wait before retrying. */
  public static final String RETRY_AFTER = "5";

  private static final String[] TYPES = {
    "org.springframework.dao.QueryTimeoutException",
    "org.springframework.dao.DataAccessResourceFailureException",
    "org.springframework.dao.TransientDataAccessResourceException",
    "org.springframework.data.redis.RedisConnectionFailureException",
    "org.springframework.data.redis.RedisSystemException",
    "org.springframework.transaction.CannotCreateTransactionException",
    "io.lettuce.core.RedisConnectionException",
    "io.lettuce.core.RedisCommandTimeoutException",
    "io.lettuce.core.RedisCommandInterruptedException",
    "io.lettuce.core.RedisException",
    "io.r2dbc.spi.R2dbcTimeoutException",
    "io.r2dbc.spi.R2dbcNonTransientResourceException",
    "io.r2dbc.spi.R2dbcTransientResourceException",
    "io.r2dbc.postgresql.client.ReactorNettyClient$PostgresConnectionClosedException",
    "io.r2dbc.postgresql.PostgresqlConnectionFactory$PostgresConnectionException",
    "reactor.pool.PoolAcquireTimeoutException",
    "reactor.pool.PoolAcquirePendingLimitException",
    "io.netty.channel.ConnectTimeoutException",
    "java.net.ConnectException",
    "java.nio.channels.ClosedChannelException",
  };

  private Unavailable() {}

  /** True when the error, or any of its causes, says a data store did not answer. */
  public static boolean is(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
      // a connection to PostgreSQL or Redis reset under a request (the server stopped) is an
      // IOException
      if (t instanceof TimeoutException || t instanceof java.io.IOException) {
        return true;
      }
      for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        String name = c.getName();
        for (String type : TYPES) {
          if (type.equals(name)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The Chinese problem for a request that was not processed because a data store did not answer. */
  public static ProblemDetail problem() {
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用", "系统暂时无法处理您的请求，您提交的内容没有被处理。请稍等几秒后再试。");
  }
}
