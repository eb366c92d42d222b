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

/** The annotated string is a valid 统一社会信用代码 (GB 32100); null is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = ValidCreditCode.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {
  String message() default "统一社会信用代码不正确：应为 18 位数字或大写字母，请对照营业执照核对";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the alphabet and the check character. */
  class Check implements ConstraintValidator<ValidCreditCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      String problem = CreditCode.problem(CreditCode.normalize(value));
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
