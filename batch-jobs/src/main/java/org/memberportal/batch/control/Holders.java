package org.memberportal.batch.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names who holds a job's lock: the execution, and the instance it runs on. */
public final class Holders {

    private static final String PREFIX = "execution ";
    private static final Pattern NAMED = Pattern.compile(PREFIX + "(\\d{1,18}) on ");
    private static final String INSTANCE = instanceName();

    private Holders() {
    }

    public static String of(long executionId) {
        return PREFIX + executionId + " on " + INSTANCE;
    }

    /** The execution a holder names (execution ids are unique across instances: one job repository). */
    public static Optional<Long> executionOf(String holder) {
        Matcher named = NAMED.matcher(holder);
        return named.lookingAt() ? Optional.of(Long.parseLong(named.group(1))) : Optional.empty();
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
