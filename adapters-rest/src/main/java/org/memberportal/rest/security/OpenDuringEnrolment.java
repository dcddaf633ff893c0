package org.memberportal.rest.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what a session may call while its holder must have a second factor and has none on yet, or
 * must choose a password of their own: seeing who they are, enrolling, changing the password,
 * signing out. Everything else answers 403 {@code second-factor-enrolment-required} (or
 * {@code password-change-required}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenDuringEnrolment {
}
