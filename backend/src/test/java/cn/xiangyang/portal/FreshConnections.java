package cn.xiangyang.portal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;

/**
 * The test client opens a new connection for every request instead of taking one from the shared pool.
 * Test classes share an application context and so its client; an event stream that an earlier test
 * cancelled could leave a pooled connection half-open, and the next request that took it waited its whole
 * 30 s for an answer the server never saw (HearingsIntegrationTests after LiveStatusAcrossReplicas: every
 * server thread idle, the database pool idle, no log of the request). Loopback connections cost nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
class FreshConnections {

  @Bean
  WebTestClientBuilderCustomizer freshConnectionPerRequest() {
    return builder ->
        builder.clientConnector(new ReactorClientHttpConnector(HttpClient.newConnection()));
  }
}
