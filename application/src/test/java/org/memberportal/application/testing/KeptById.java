package org.memberportal.application.testing;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A port that keeps what it is given by id, for a use case's test that needs no more of it:
 * {@code add} and {@code update} keep (and answer) the object, a {@code find...(id)} answers it,
 * anything else is unsupported.
 */
public final class KeptById {

    private KeptById() {
    }

    public static <T> T port(Class<T> port, Map<String, Object> kept, Function<Object, String> idOf) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("find") && args != null && args.length == 1 && args[0] instanceof String id) {
                return Optional.ofNullable(kept.get(id));
            }
            if (name.equals("add") || name.equals("update")) {
                kept.put(idOf.apply(args[0]), args[0]);
                return method.getReturnType() == void.class ? null : args[0];
            }
            throw new UnsupportedOperationException(name);
        }));
    }
}
