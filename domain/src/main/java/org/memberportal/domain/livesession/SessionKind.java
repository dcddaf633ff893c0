package org.memberportal.domain.livesession;

public enum SessionKind {
    INSTALLATION, CONFIGURATION, TRAINING,
    /** A call back from the vendor: always free. */
    CALL_RETURN;

    /** Installation, configuration and training are free within the company's support period. */
    public boolean freeWithinSupportPeriod() {
        return this != CALL_RETURN;
    }
}
