package cn.xiangyang.portal.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated string is a valid 居民身份证号 (GB 11643); null is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = ValidResidentIdNumber.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidResidentIdNumber {
  String message() default "身份证号不正确：请核对 18 位号码，最后一位可能是数字或 X";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the form, the birth date and the check character. */
  class Check implements ConstraintValidator<ValidResidentIdNumber, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      String problem = ResidentIdNumber.problem(
          ResidentIdNumber.normalize(value),
          java.time.LocalDate.now(cn.xiangyang.portal.system.PortalClock.ZONE));
      if (problem == null) {
        return true;
      }
      // The reason replaces the generic message; escaped because it is read as a message template.
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(problem
              .replace("\\", "\\\\")
              .replace("{", "\\{")
              .replace("}", "\\}")
              .replace("$", "\\$"))
          .addConstraintViolation();
      return false;
    }
  }
}
