package cn.xiangyang.portal;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on event-loop threads in the backend tests. Everything else that blocks
 * on a non-blocking thread fails the test that triggered it.
 */
public class PortalBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    // NativePRNG reads /dev/urandom, which never blocks on Linux (UUIDs, session tokens, IVs).
    builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
    builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
    // Netty 4.2's adaptive allocator takes a short internal lock when it grows under heavy reads (a
    // 300 MB upload): Netty's own bookkeeping on its event loop, not a wait of ours.
    builder.allowBlockingCallsInside(
        "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
    // Lettuce 6.8 guards a connection's writers with a ReentrantLock (SharedLock) that concurrent
    // writers take
    // for an instant; BlockHound's error thrown inside it left the connection wedged, so that every
    // later Redis
    // command waited forever (FilingIntegrationTests' concurrent submissions: one 500, then 30 s
    // timeouts).
    builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", "incrementWriters");
    // Spring Data Redis creates its shared connection under a lock: requests arriving together
    // while it is
    // re-created (after the data-store fault tests restart Redis) wait on it for the reconnect.
    builder.allowBlockingCallsInside(
        "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory", "doInLock");
    // Jackson 3 builds a type's deserializer once, under a ReentrantLock; two threads decoding the
    // same type
    // for the first time at once wait for each other for an instant. BlockHound's error thrown
    // there ended a
    // test viewer's event stream (LiveStatusAcrossReplicasIntegrationTests: five viewers' first
    // events decoded
    // together on the client's event loops, one stream failed, "4 of 5 viewers").
    builder.allowBlockingCallsInside(
        "tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer");
    // Caffeine (the recent sessions) drains its buffers under a lock taken with tryLock;
    // only when its write buffer is full does a writer take the lock and do that bookkeeping
    // itself, for an
    // instant, in memory.
    builder.allowBlockingCallsInside(
        "com.github.benmanes.caffeine.cache.BoundedLocalCache", "afterWrite");
  }
}
