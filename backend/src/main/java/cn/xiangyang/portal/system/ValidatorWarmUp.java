package cn.xiangyang.portal.system;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes Hibernate Validator load its message bundles at start-up. It otherwise reads them from its jar
 * on the first refused body whose constraint has no message of ours — a file read on an event loop
 * (BlockHound caught it on the hearing-room endpoints, answered 500).
 */
@Component
class ValidatorWarmUp implements SmartInitializingSingleton {

  private final Validator validator;

  ValidatorWarmUp(Validator validator) {
    this.validator = validator;
  }

  record Probe(@Min(1) int n) {}

  @Override
  public void afterSingletonsInstantiated() {
    validator.validate(new Probe(0)).forEach(v -> v.getMessage());
  }
}
