package org.memberportal.application.jobs;

/** A run's lease ran out and another run took it over: this run's write is refused. */
public class LeaseLost extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLost(String jobName, String holder) {
        super(holder + " no longer holds the lock of " + jobName + ": its write is refused");
    }
}
