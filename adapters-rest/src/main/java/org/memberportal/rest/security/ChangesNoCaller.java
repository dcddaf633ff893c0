package org.memberportal.rest.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose answer changes no session, account or membership before it is given
 * (its work, if any, runs after the answer): {@link ChangesCountAtOnce} answers it without waiting
 * for every instance to hear the latest changes, a round trip through the database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesNoCaller {
}
