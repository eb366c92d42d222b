package cn.xiangyang.portal.system;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client-side time limits on every database round trip, so that a frozen PostgreSQL (SIGSTOP, a
 * dead network path) makes a request fail with 503 within seconds instead of hanging: the server's
 * own {@code statement_timeout} cannot fire on a server that does not run. Acquiring a connection,
 * each statement and each row and commit get {@code portal.database.statement-timeout}; rollback and
 * close, which the failed request's answer waits for, get one second, and a connection that does not
 * close in time is abandoned to the pool rather than waited for. After a timeout, until the database
 * answers again, every round trip gets half a second: requests queued behind a frozen server then fail
 * fast as well. Acquiring a connection waits at most {@code portal.database.acquire-timeout}. The failure
 * is an {@link R2dbcTimeoutException}, which Spring translates into a {@code QueryTimeoutException}.
 */
@Component
class DatabaseTimeouts implements ConnectionFactoryDecorator {

  /** Cleanup after a failure waits less: the request's answer waits for it. */
  private static final Duration CLEANUP = Duration.ofSeconds(1);

  /** How long a statement may take while the database looks frozen (one timed out, none answered since). */
  private static final Duration SUSPECT = Duration.ofMillis(500);

  private final Duration limit;
  private final Duration acquire;
  private volatile boolean suspect;

  DatabaseTimeouts(
      @Value("${portal.database.statement-timeout:10s}") Duration limit,
      @Value("${portal.database.acquire-timeout:5s}") Duration acquire) {
    this.limit = limit;
    this.acquire = acquire;
  }

  /**
   * The time a round trip may take now: the full limit while the database answers, and only {@link
   * #SUSPECT} after one timed out, until the next answer, so that requests queued behind a frozen server
   * fail fast instead of each waiting out the full limit.
   */
  private Duration now() {
    return suspect ? SUSPECT : limit;
  }

  @Override
  public ConnectionFactory decorate(ConnectionFactory delegate) {
    return new TimedFactory(delegate);
  }

  private R2dbcTimeoutException timeout(String what) {
    return new R2dbcTimeoutException("数据库在 " + now().toMillis() + " ms 内没有响应（" + what + "）");
  }

  private <T> Mono<T> mono(Publisher<T> publisher, String what) {
    // No reset here: some of these (auto-commit, isolation level) complete without asking the
    // server.
    return Mono.defer(() -> Mono.from(publisher).timeout(now(), Mono.error(() -> timedOut(what))));
  }

  private <T> Flux<T> flux(Publisher<T> publisher, String what) {
    // A statement's results come from the server: it answers again.
    return Flux.defer(() -> Flux.from(publisher).timeout(now(), Flux.error(() -> timedOut(what))))
        .doOnComplete(() -> suspect = false);
  }

  private R2dbcTimeoutException timedOut(String what) {
    R2dbcTimeoutException e = timeout(what);
    suspect = true;
    return e;
  }

  private final class TimedFactory implements ConnectionFactory, Wrapped<ConnectionFactory> {
    private final ConnectionFactory delegate;

    TimedFactory(ConnectionFactory delegate) {
      this.delegate = delegate;
    }

    @Override
    public Publisher<? extends Connection> create() {
      return Mono.from(delegate.create())
          .timeout(acquire, Mono.error(() -> timeout("acquire")))
          .map(TimedConnection::new);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
      return delegate.getMetadata();
    }

    @Override
    public ConnectionFactory unwrap() {
      return delegate;
    }
  }

  private final class TimedConnection implements Connection, Wrapped<Connection> {
    private final Connection delegate;

    TimedConnection(Connection delegate) {
      this.delegate = delegate;
    }

    @Override
    public Connection unwrap() {
      return delegate;
    }

    @Override
    public Publisher<Void> beginTransaction() {
      return mono(delegate.beginTransaction(), "begin");
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
      return mono(delegate.beginTransaction(definition), "begin");
    }

    @Override
    public Publisher<Void> close() {
      // A connection that cannot say goodbye is left to the pool's own eviction.
      return Mono.from(delegate.close()).timeout(suspect ? SUSPECT : CLEANUP, Mono.empty());
    }

    @Override
    public Publisher<Void> commitTransaction() {
      return mono(delegate.commitTransaction(), "commit");
    }

    @Override
    public Batch createBatch() {
      Batch batch = delegate.createBatch();
      return new Batch() {
        @Override
        public Batch add(String sql) {
          batch.add(sql);
          return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
          return flux(batch.execute(), "batch").map(TimedResult::new);
        }
      };
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
      return mono(delegate.createSavepoint(name), "savepoint");
    }

    @Override
    public Statement createStatement(String sql) {
      return new TimedStatement(delegate.createStatement(sql));
    }

    @Override
    public boolean isAutoCommit() {
      return delegate.isAutoCommit();
    }

    @Override
    public ConnectionMetadata getMetadata() {
      return delegate.getMetadata();
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
      return delegate.getTransactionIsolationLevel();
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
      return mono(delegate.releaseSavepoint(name), "release savepoint");
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
      return Mono.from(delegate.rollbackTransaction())
          .timeout(suspect ? SUSPECT : CLEANUP, Mono.error(() -> timeout("rollback")));
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
      return mono(delegate.rollbackTransactionToSavepoint(name), "rollback to savepoint");
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
      return mono(delegate.setAutoCommit(autoCommit), "auto-commit");
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
      return mono(delegate.setLockWaitTimeout(timeout), "lock wait timeout");
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
      return mono(delegate.setStatementTimeout(timeout), "statement timeout");
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
      return mono(delegate.setTransactionIsolationLevel(level), "isolation level");
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
      return Mono.from(delegate.validate(depth)).timeout(limit, Mono.just(false));
    }
  }

  private final class TimedStatement implements Statement, Wrapped<Statement> {
    private final Statement delegate;

    TimedStatement(Statement delegate) {
      this.delegate = delegate;
    }

    @Override
    public Statement unwrap() {
      return delegate;
    }

    @Override
    public Statement add() {
      delegate.add();
      return this;
    }

    @Override
    public Statement bind(int index, Object value) {
      delegate.bind(index, value);
      return this;
    }

    @Override
    public Statement bind(String name, Object value) {
      delegate.bind(name, value);
      return this;
    }

    @Override
    public Statement bindNull(int index, Class<?> type) {
      delegate.bindNull(index, type);
      return this;
    }

    @Override
    public Statement bindNull(String name, Class<?> type) {
      delegate.bindNull(name, type);
      return this;
    }

    @Override
    public Publisher<? extends Result> execute() {
      return flux(delegate.execute(), "statement").map(TimedResult::new);
    }

    @Override
    public Statement returnGeneratedValues(String... columns) {
      delegate.returnGeneratedValues(columns);
      return this;
    }

    @Override
    public Statement fetchSize(int rows) {
      delegate.fetchSize(rows);
      return this;
    }
  }

  private final class TimedResult implements Result, Wrapped<Result> {
    private final Result delegate;

    TimedResult(Result delegate) {
      this.delegate = delegate;
    }

    @Override
    public Result unwrap() {
      return delegate;
    }

    @Override
    public Publisher<Long> getRowsUpdated() {
      return flux(delegate.getRowsUpdated(), "rows updated");
    }

    @Override
    public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
      return flux(delegate.map(mapping), "rows");
    }

    @Override
    public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
      return flux(delegate.map(mapping), "rows");
    }

    @Override
    public Result filter(Predicate<Segment> filter) {
      return new TimedResult(delegate.filter(filter));
    }

    @Override
    public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
      return flux(delegate.flatMap(mapping), "segments");
    }
  }
}
