package io.taksit.bootstrap.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.taksit.application.failure.Failure;
import io.vavr.control.Either;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Objects;

/**
 * A use case wrapped in a Micrometer observation ({@value #NAME}): one per call, named after the
 * use case, tagged with its outcome ({@code success} or the failure's kind, a closed set), so a
 * tracing bridge shows each use case as a span with the provider calls inside it. One proxy for
 * the ten inbound ports instead of ten copies of the same decorator; {@code Object}'s methods
 * pass through unobserved.
 */
public final class ObservedUseCases {

  public static final String NAME = "taksit.use-case";

  private ObservedUseCases() {}

  public static <T> T observe(Class<T> port, T useCase, ObservationRegistry registry) {
    Objects.requireNonNull(useCase, "useCase");
    Objects.requireNonNull(registry, "registry");
    String name = kebab(port.getSimpleName());
    InvocationHandler handler = (proxy, method, args) -> method.getDeclaringClass() == Object.class
        ? invoke(method, useCase, args)
        : observed(name, method, useCase, args, registry);
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        handler));
  }

  private static Object observed(String name, Method method, Object target, Object[] args,
      ObservationRegistry registry) throws Throwable {
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName(name)
        .lowCardinalityKeyValue("use.case", name)
        // Replaced by the result's outcome; stays when the use case throws.
        .lowCardinalityKeyValue("outcome", "error");
    // Micrometer's own lifecycle: started, in scope (the parent of what the call observes),
    // the error recorded, stopped.
    return observation.observeChecked(() -> {
      Object result = invoke(method, target, args);
      observation.lowCardinalityKeyValue("outcome", outcomeOf(result));
      return result;
    });
  }

  private static String outcomeOf(Object result) {
    if (result instanceof Either<?, ?> either && either.isLeft()
        && either.getLeft() instanceof Failure failure) {
      return kebab(failure.getClass().getSimpleName());
    }
    return "success";
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** {@code PayBill} → {@code pay-bill}. */
  static String kebab(String simpleName) {
    return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
