package cn.xiangyang.portal;

import cn.xiangyang.portal.system.LocalServices;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the backend; with no database or Redis configured it first brings up local ones. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalBackendApplication {

  public static void main(String[] args) {
    LocalServices.prepare();
    SpringApplication app = new SpringApplication(PortalBackendApplication.class);
    // Our own hook: the application must close before the embedded database it uses.
    app.setRegisterShutdownHook(false);
    ConfigurableApplicationContext context;
    try {
      context = app.run(args);
    } catch (RuntimeException e) {
      LocalServices.stop();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  context.close();
                  LocalServices.stop();
                },
                "portal-shutdown"));
  }
}
