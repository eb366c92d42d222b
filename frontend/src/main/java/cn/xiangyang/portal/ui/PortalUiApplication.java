package cn.xiangyang.portal.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the portal UI (Vaadin Flow on the servlet stack). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalUiApplication {

  public static void main(String[] args) {
    SpringApplication.run(PortalUiApplication.class, args);
  }
}
