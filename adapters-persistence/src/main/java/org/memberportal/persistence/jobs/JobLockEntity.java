package org.memberportal.persistence.jobs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.jobs.JobLock;

/** A job's lock row; its holder and lease change only through JpaJobLocks' conditional updates. */
@Entity
@Table(name = "job_locks")
public class JobLockEntity {

    @Id
    @Column(name = "job_name")
    String jobName;

    String holder;

    @Column(name = "acquired_at")
    Instant acquiredAt;

    @Column(name = "locked_until", nullable = false)
    Instant lockedUntil;

    /** The start of the last schedule period whose run a schedule started, on whichever instance. */
    @Column(name = "scheduled_period")
    Instant scheduledPeriod;

    protected JobLockEntity() {
    }

    JobLock toDomain() {
        return new JobLock(jobName, holder, holder == null ? null : lockedUntil);
    }
}
