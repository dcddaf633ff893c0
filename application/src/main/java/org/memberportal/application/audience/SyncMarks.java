package org.memberportal.application.audience;

import java.time.Instant;
import java.util.Optional;

/** Where the pull stands: the start of the last pull that took in every change it read. */
public interface SyncMarks {

    Optional<Instant> lastPull();

    void pulled(Instant startedAt);
}
