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
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
  }
}
