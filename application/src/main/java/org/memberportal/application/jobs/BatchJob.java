package org.memberportal.application.jobs;

/** A batch job as its lock step and its schedule see it. */
public interface BatchJob {

    /** Its name in the batch runtime (the id of its job XML) and in the job locks. */
    String name();

    /**
     * False when the job can do nothing here (the audience sync without a Mailchimp API key): its
     * lock step ends it at once, NOT_CONFIGURED, and its schedule does not start it.
     */
    boolean isConfigured();
}
