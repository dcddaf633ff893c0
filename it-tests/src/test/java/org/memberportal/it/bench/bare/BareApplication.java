package org.memberportal.it.bench.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The benchmark's anchor: a WAR with one JAX-RS endpoint and nothing else (no security, no
 * database, no filters), deployed beside the portal on the same Payara Micro, so the portal's
 * list can be compared with what the runtime alone costs.
 */
@ApplicationPath("/")
public class BareApplication extends Application {
}
