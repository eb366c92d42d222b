package cn.xiangyang.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the backend against the PostgreSQL and Redis named in the environment. It never starts a
 * database of its own: the start command's launcher ({@code launcher/}) does that on a developer's
 * machine, and the production image does not contain it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalBackendApplication {

  public static void main(String[] args) {
    SpringApplication.run(PortalBackendApplication.class, args);
  }
}
