package org.memberportal.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.session.CachedCallers;

/**
 * Which answers wait for every instance to hear the latest changes (a round trip through the
 * database to each): a cheap anonymous request that changed no caller must not cost one.
 */
class ChangesCountAtOnceTest {

    /** Stands for resource methods, one with the mark and one without. */
    static final class Resources {
        @ChangesNoCaller
        public void answeredBeforeItsWork() {
        }

        public void changesSomething() {
        }
    }

    private int catchUps;

    @ParameterizedTest(name = "{0} {1} answered {2}, with a session {3}: catches up {4}")
    @CsvSource(textBlock = """
            POST,   changesSomething,     401, false, false
            POST,   changesSomething,     429, false, false
            POST,   changesSomething,     410, false, false
            POST,   answeredBeforeItsWork, 202, false, false
            POST,   answeredBeforeItsWork, 429, false, false
            POST,   changesSomething,     201, false, true
            POST,   changesSomething,     204, false, true
            POST,   changesSomething,     409, true,  true
            PATCH,  changesSomething,     200, true,  true
            DELETE, changesSomething,     204, true,  true
            GET,    changesSomething,     200, true,  false
            """)
    void catchesUpOnlyWhereACallerMayHaveChanged(String method, String resourceMethod, int status,
            boolean authenticated, boolean catchesUp) throws NoSuchMethodException {
        ChangesCountAtOnce filter = new ChangesCountAtOnce();
        filter.callers = new CachedCallers() {
            @Override
            public void catchUp() {
                catchUps++;
            }
        };
        filter.currentCaller = new CurrentCaller() {
            @Override
            public boolean isAuthenticated() {
                return authenticated;
            }
        };
        Method matched = Resources.class.getMethod(resourceMethod);
        filter.resource = stub(ResourceInfo.class, "getResourceMethod", matched);

        filter.filter(stub(ContainerRequestContext.class, "getMethod", method),
                stub(ContainerResponseContext.class, "getStatus", status));

        assertThat(catchUps).isEqualTo(catchesUp ? 1 : 0);
    }

    /** An interface whose one method {@code name} answers {@code value}; any other call is a mistake. */
    private static <T> T stub(Class<T> type, String name, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (called.getName().equals(name)) {
                return value;
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
