package cn.xiangyang.portal.events.internal;

import cn.xiangyang.portal.events.DurableListener;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import reactor.core.publisher.Mono;

/**
 * Every {@link DurableListener} method of the application's beans, found as the beans are created.
 * A method with the wrong shape stops the start-up: a listener that silently never runs is worse.
 */
@Component
class Listeners implements BeanPostProcessor {

  /** One listening method; {@code id} is its name in the outbox. */
  record Listener(String id, Class<?> eventType, Object bean, Method method) {

    Mono<Void> on(Object event) {
      return Mono.defer(() -> {
        try {
          Object result = method.invoke(bean, event);
          return result == null
              ? Mono.error(new IllegalStateException(id + " returned null instead of a Mono"))
              : ((Mono<?>) result).then();
        } catch (InvocationTargetException e) {
          return Mono.error(e.getCause() == null ? e : e.getCause());
        } catch (IllegalAccessException e) {
          return Mono.error(e);
        }
      });
    }
  }

  private final Map<String, Listener> byId = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Class<?> type = AopUtils.getTargetClass(bean);
    Map<Method, DurableListener> methods =
        MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<DurableListener>)
            m -> AnnotatedElementUtils.findMergedAnnotation(m, DurableListener.class));
    methods.forEach((method, annotation) -> {
      if (method.getParameterCount() != 1 || !Mono.class.isAssignableFrom(method.getReturnType())) {
        throw new IllegalStateException("@DurableListener " + type.getName() + "#"
            + method.getName() + " must be Mono<Void> on(SomeEvent event)");
      }
      String id = annotation.id().isBlank()
          ? type.getName() + "#" + method.getName() + "("
              + method.getParameterTypes()[0].getSimpleName() + ")"
          : annotation.id();
      Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
      ReflectionUtils.makeAccessible(invocable);
      Listener previous =
          byId.putIfAbsent(id, new Listener(id, method.getParameterTypes()[0], bean, invocable));
      if (previous != null) {
        throw new IllegalStateException("Two durable listeners are named " + id
            + "; give one an explicit @DurableListener(id = …)");
      }
    });
    return bean;
  }

  /** The ids of the listeners that receive an event of this class (its own type or a supertype). */
  List<String> of(Class<?> eventType) {
    List<String> ids = new ArrayList<>();
    for (Listener l : byId.values()) {
      if (l.eventType().isAssignableFrom(eventType)) {
        ids.add(l.id());
      }
    }
    ids.sort(null);
    return ids;
  }

  List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  Optional<Listener> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
