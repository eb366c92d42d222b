package cn.xiangyang.portal.system;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes the request's remote address the person's, not the portal frontend's: when the direct peer is
 * one of the trusted proxies ({@code portal.http.trusted-proxies}, addresses or CIDR ranges; by default
 * only this host, where the frontend runs), the address it reports in {@code X-Forwarded-For} (its last
 * entry, the one the proxy itself added) becomes the remote address. Rate limits per address then apply
 * per visitor. From anyone else the header is ignored, so it cannot be used to dodge a limit. When a
 * proxy key is configured ({@code PORTAL_PROXY_KEY}, set by the start command), the header is believed
 * only from a request that also carries that key in {@code X-Portal-Proxy-Key}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ClientAddress implements WebFilter {

  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F]{0,4}(:[0-9a-fA-F.]{0,15}){2,8}");

  /** The header with which the frontend proves it is the frontend, when a proxy key is configured. */
  static final String PROXY_KEY_HEADER = "X-Portal-Proxy-Key";

  private final List<Range> trusted;
  private final byte[] proxyKey;

  ClientAddress(
      @Value("${PORTAL_TRUSTED_PROXIES:${portal.http.trusted-proxies:127.0.0.1,::1}}")
          List<String> trustedProxies,
      @Value("${PORTAL_PROXY_KEY:${portal.http.proxy-key:}}") String proxyKey) {
    this.trusted = trustedProxies.stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Range::parse)
        .toList();
    this.proxyKey = proxyKey.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** An address or a CIDR range such as {@code 10.0.0.0/8}. */
  private record Range(byte[] network, int prefix) {
    static Range parse(String text) {
      int slash = text.indexOf('/');
      InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(
            "portal.http.trusted-proxies: not an IP address or range: " + text);
      }
      byte[] bytes = address.getAddress();
      return new Range(
          bytes, slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1)));
    }

    boolean contains(InetAddress address) {
      byte[] other = address.getAddress();
      if (other.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((other[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
    InetSocketAddress peer = request.getRemoteAddress();
    if (forwarded == null
        || peer == null
        || peer.getAddress() == null
        || !isTrusted(peer.getAddress())
        || !provesKey(request)) {
      return chain.filter(exchange);
    }
    InetAddress client = literal(lastEntry(forwarded));
    if (client == null) {
      return chain.filter(exchange);
    }
    ServerHttpRequest mutated =
        request.mutate().remoteAddress(new InetSocketAddress(client, 0)).build();
    return chain.filter(exchange.mutate().request(mutated).build());
  }

  /**
   * True when no proxy key is configured, or the request carries it. On one machine every local process
   * connects from 127.0.0.1 like the frontend does; the key (which the start command gives the frontend
   * and the backend) is what sets the frontend apart.
   */
  private boolean provesKey(ServerHttpRequest request) {
    if (proxyKey.length == 0) {
      return true;
    }
    String given = request.getHeaders().getFirst(PROXY_KEY_HEADER);
    return given != null
        && java.security.MessageDigest.isEqual(
            proxyKey, given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(range -> range.contains(address));
  }

  private static String lastEntry(String header) {
    int comma = header.lastIndexOf(',');
    return (comma < 0 ? header : header.substring(comma + 1)).strip();
  }

  /** The address if the text is an IP literal; never a name (no DNS lookup on an event loop). */
  static @Nullable InetAddress literal(String text) {
    if (text.length() > 45
        || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
      return null;
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
