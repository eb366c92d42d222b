package cn.xiangyang.portal.system;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Makes Hibernate Validator load its message bundles at start-up. It otherwise reads them from its jar
 * on the first refused body whose constraint has no message of ours — a file read on an event loop
 * (BlockHound caught it on the hearing-room endpoints, answered 500).
 *
 * <p>It also builds the constraint metadata of every {@code @Valid} request body (and the portal types
 * reachable from it) now: the validator builds it on first use under a lock, and two first requests at
 * once made one of them wait for the lock on an event loop (BlockHound: 500 for a double tap that
 * created the first draft of a run).
 */
@Component
class ValidatorWarmUp implements SmartInitializingSingleton {

  private final Validator validator;
  private final ObjectProvider<RequestMappingHandlerMapping> mappings;

  ValidatorWarmUp(Validator validator, ObjectProvider<RequestMappingHandlerMapping> mappings) {
    this.validator = validator;
    this.mappings = mappings;
  }

  record Probe(@Min(1) int n) {}

  @Override
  public void afterSingletonsInstantiated() {
    validator.validate(new Probe(0)).forEach(v -> v.getMessage());
    Set<Class<?>> seen = new HashSet<>();
    mappings
        .orderedStream()
        .forEach(m -> m.getHandlerMethods().values().forEach(h -> {
          for (MethodParameter p : h.getMethodParameters()) {
            if (p.hasParameterAnnotation(Valid.class)
                || p.hasParameterAnnotation(Validated.class)) {
              warm(p.getGenericParameterType(), seen);
            }
          }
        }));
  }

  /** The type's metadata, and that of the portal types its fields hold (lists and maps included). */
  private void warm(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      warm(p.getRawType(), seen);
      for (Type a : p.getActualTypeArguments()) {
        warm(a, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      warm(a.getGenericComponentType(), seen);
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        warm(c.getComponentType(), seen);
        return;
      }
      if (!c.getName().startsWith("cn.xiangyang.portal.") || c.isEnum() || !seen.add(c)) {
        return;
      }
      validator.getConstraintsForClass(c);
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          warm(f.getGenericType(), seen);
        }
      }
    }
  }
}
