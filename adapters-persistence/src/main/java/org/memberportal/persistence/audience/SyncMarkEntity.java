package org.memberportal.persistence.audience;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sync_marks")
public class SyncMarkEntity {

    @Id
    String name;

    @Column(name = "mark_at", nullable = false)
    Instant markAt;

    protected SyncMarkEntity() {
    }

    SyncMarkEntity(String name, Instant markAt) {
        this.name = name;
        this.markAt = markAt;
    }
}
