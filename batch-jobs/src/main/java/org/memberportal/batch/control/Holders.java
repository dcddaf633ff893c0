package org.memberportal.batch.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names who holds a job's lock: the execution, and the instance it runs on. */
public final class Holders {

    private static final String INSTANCE = instanceName();

    private Holders() {
    }

    public static String of(long executionId) {
        return "execution " + executionId + " on " + INSTANCE;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
