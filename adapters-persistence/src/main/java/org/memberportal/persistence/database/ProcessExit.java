package org.memberportal.persistence.database;

import java.util.concurrent.TimeUnit;

/**
 * Ends the JVM from a thread of its own. The caller is in the middle of a deployment, which the
 * runtime's shutdown hooks would wait for: exiting on the caller's thread could wait forever. If
 * the hooks have not finished within {@link #GRACE_SECONDS}, the JVM is halted. Public because
 * the runtime's class loader and the application's each load a copy of this package.
 */
public final class ProcessExit {

    /** The status of a portal that could not start: no database, or a schema it cannot migrate. */
    public static final int STARTUP_FAILED = 1;

    static final long GRACE_SECONDS = 20;

    private ProcessExit() {
    }

    public static void exit(int status) {
        Thread watchdog = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(status);
        }, "portal-exit-watchdog");
        watchdog.setDaemon(true);
        Thread exit = new Thread(() -> System.exit(status), "portal-exit");
        watchdog.start();
        exit.start();
    }
}
