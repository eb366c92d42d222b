package cn.xiangyang.portal.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;

/**
 * Unique, stable names in the OpenAPI document (issue 8), so that the frontend's generated client does
 * not change when a record is added elsewhere. springdoc names a schema after its record's simple name
 * (two modules' {@code Citation} became one schema, whichever came last) and an operation after its
 * method, numbering clashes in the order it meets them ({@code get_1}). Here a portal type's schema is
 * named after its module and simple name ({@code filing.internal.CaseViews.CaseView} is {@code
 * FilingCaseView}), unless it says otherwise with {@code @Schema(name = …)}, and an operation after its
 * controller and method ({@code FilingController.get} is {@code filingGet}). A portal record's components
 * are {@code required} unless {@code @Nullable} or {@code Optional} (the records are {@code @NullMarked}), so
 * that the generated client's fields are non-null where the backend always sends them.
 */
@Configuration(proxyBeanMethods = false)
class StableApiNames {

  private static final String PORTAL = "cn.xiangyang.portal.";

  @Bean
  ModelConverter portalSchemaNames() {
    return new SchemaNames();
  }

  @Bean
  RequiredComponents portalRequiredComponents() {
    return new RequiredComponents();
  }

  @Bean
  OpenApiCustomizer portalRequiredResponses(RequiredComponents components) {
    return components::markResponses;
  }

  @Bean
  OperationCustomizer portalOperationIds() {
    return (operation, handler) -> {
      String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
      operation.setOperationId(
          lowerFirst(controller) + upperFirst(handler.getMethod().getName()));
      return operation;
    };
  }

  /** Names the schemas of portal types; everything else is left to the next converter. */
  static final class SchemaNames implements ModelConverter {

    /** Module and simple name of the records that share them with another record of their module. */
    private final Set<String> shared;

    SchemaNames() {
      this.shared = sharedNames();
    }

    @Override
    public @Nullable Schema resolve(
        AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
      if (!chain.hasNext()) {
        return null;
      }
      Class<?> raw = raw(type.getType());
      if (raw != null
          && (type.getName() == null || type.getName().isBlank())
          && raw.getName().startsWith(PORTAL)
          && raw.getTypeParameters().length == 0
          && !raw.isEnum()
          && !named(raw)) {
        type.name(nameOf(raw));
      }
      return chain.next().resolve(type, context, chain);
    }

    /**
     * Module and simple name ({@code FilingCaseView}); where another record of the module has the same simple
     * name, the names of the enclosing types come between ({@code FilingCaseRecordApplicant}, {@code
     * FilingApplicationFormApplicant}). Decided from the class path, not from the order springdoc meets the
     * types in, so that a name does not change when an endpoint is added.
     */
    String nameOf(Class<?> type) {
      String name = moduleOf(type.getName()) + type.getSimpleName();
      if (!shared.contains(name)) {
        return name;
      }
      StringBuilder enclosing = new StringBuilder();
      for (Class<?> outer = type.getEnclosingClass();
          outer != null;
          outer = outer.getEnclosingClass()) {
        enclosing.insert(0, outer.getSimpleName());
      }
      return moduleOf(type.getName()) + enclosing + type.getSimpleName();
    }

    private static String moduleOf(String className) {
      String rest = className.substring(PORTAL.length());
      int dot = rest.indexOf('.');
      return upperFirst(dot < 0 ? "" : rest.substring(0, dot));
    }

    private static Set<String> sharedNames() {
      ClassPathScanningCandidateComponentProvider scanner =
          new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
              return true;
            }
          };
      scanner.addIncludeFilter((reader, factory) ->
          Record.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
      Map<String, Integer> count = new HashMap<>();
      for (BeanDefinition record :
          scanner.findCandidateComponents(PORTAL.substring(0, PORTAL.length() - 1))) {
        String className = record.getBeanClassName();
        if (className == null) {
          continue;
        }
        String simple = className.substring(
            Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        count.merge(moduleOf(className) + simple, 1, Integer::sum);
      }
      Set<String> shared = new HashSet<>();
      count.forEach((name, n) -> {
        if (n > 1) {
          shared.add(name);
        }
      });
      return Set.copyOf(shared);
    }

    private static boolean named(Class<?> type) {
      io.swagger.v3.oas.annotations.media.Schema schema =
          type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
      return schema != null && !schema.name().isEmpty();
    }

    static @Nullable Class<?> raw(@Nullable Type type) {
      if (type == null) {
        return null;
      }
      if (type instanceof Class<?> c) {
        return c;
      }
      if (type instanceof JavaType j) {
        return j.getRawClass();
      }
      try {
        return TypeFactory.defaultInstance().constructType(type).getRawClass();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /**
   * Marks as {@code required} every property of a portal record's response schema whose component is
   * neither {@code @Nullable} (a type-use annotation, so read from the component's annotated type) nor an
   * {@code Optional}: the records are {@code @NullMarked}, so such a component is never null and Jackson
   * always writes it. The property's name is the component's, or its {@code @JsonProperty}. A schema that
   * some request body reaches is left alone: there a property is required only where Bean Validation
   * rejects its absence ({@code @NotNull}, {@code @NotBlank}, which springdoc already marks), since Jackson
   * accepts a body that leaves out a non-null component (a primitive then takes its default).
   */
  static final class RequiredComponents implements ModelConverter {

    /** The non-null components' property names, by schema name, as the converter met the records. */
    private final Map<String, Set<String>> nonNull = new ConcurrentHashMap<>();

    @Override
    public @Nullable Schema resolve(
        AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
      if (!chain.hasNext()) {
        return null;
      }
      Schema resolved = chain.next().resolve(type, context, chain);
      Class<?> raw = SchemaNames.raw(type.getType());
      if (resolved == null || raw == null || !raw.isRecord() || !raw.getName().startsWith(PORTAL)) {
        return resolved;
      }
      // a reference to the model, or (as for an @ApiResponse's implementation) the model itself
      String ref = resolved.get$ref();
      String name = ref != null ? ref.substring(ref.lastIndexOf('/') + 1) : resolved.getName();
      if (name == null || name.isBlank()) {
        return resolved;
      }
      Set<String> names = new HashSet<>();
      for (RecordComponent component : raw.getRecordComponents()) {
        if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)
            && component.getType() != Optional.class) {
          names.add(jsonName(component));
        }
      }
      nonNull.put(name, Set.copyOf(names));
      return resolved;
    }

    /** Marks the non-null properties of the schemas that only responses reach. */
    void markResponses(OpenAPI api) {
      Map<String, Schema> schemas =
          api.getComponents() == null ? null : api.getComponents().getSchemas();
      if (schemas == null) {
        return;
      }
      Set<String> requests = new HashSet<>();
      if (api.getPaths() != null) {
        api.getPaths()
            .values()
            .forEach(path -> path.readOperations().forEach(operation -> {
              if (operation.getRequestBody() != null
                  && operation.getRequestBody().getContent() != null) {
                operation
                    .getRequestBody()
                    .getContent()
                    .values()
                    .forEach(media -> reach(media.getSchema(), schemas, requests));
              }
            }));
      }
      nonNull.forEach((name, properties) -> {
        Schema schema = schemas.get(name);
        if (schema == null || requests.contains(name) || schema.getProperties() == null) {
          return;
        }
        properties.stream().sorted().forEach(property -> {
          List<String> required = schema.getRequired();
          if (schema.getProperties().containsKey(property)
              && (required == null || !required.contains(property))) {
            schema.addRequiredItem(property);
          }
        });
        List<String> required = schema.getRequired();
        if (required != null) {
          schema.setRequired(required.stream().sorted().toList());
        }
      });
    }

    /** Adds the names of the component schemas that {@code schema} refers to, directly or not. */
    private static void reach(
        @Nullable Schema<?> schema, Map<String, Schema> schemas, Set<String> seen) {
      if (schema == null) {
        return;
      }
      String ref = schema.get$ref();
      if (ref != null) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (seen.add(name)) {
          reach(schemas.get(name), schemas, seen);
        }
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(p -> reach(p, schemas, seen));
      }
      reach(schema.getItems(), schemas, seen);
      if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
        reach(additional, schemas, seen);
      }
      for (List<Schema> composed :
          Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
        if (composed != null) {
          composed.forEach(c -> reach(c, schemas, seen));
        }
      }
    }

    private static String jsonName(RecordComponent component) {
      JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
      if (property == null && component.getDeclaringRecord() != null) {
        try {
          property = component
              .getDeclaringRecord()
              .getDeclaredField(component.getName())
              .getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
          property = null;
        }
      }
      if (property == null) {
        property = component.getAnnotation(JsonProperty.class);
      }
      return property == null || property.value().isEmpty()
          ? component.getName()
          : property.value();
    }
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
