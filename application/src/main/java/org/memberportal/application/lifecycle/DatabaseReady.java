package org.memberportal.application.lifecycle;

/**
 * Fired once at start-up, when the schema is migrated and the portal's data can be used: the
 * moment for start-up work such as creating the first agent.
 */
public record DatabaseReady() {
}
