package org.memberportal.mailchimp.fake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A member inside the fake; guarded by its audience's lock. */
final class StoredMember {

    final String hash;
    String emailAddress;
    String status;
    /** The status before archiving, which an archive of a member of that status would refuse. */
    String statusBeforeArchive;
    /** Left through Mailchimp (footer link) or cleaned: the API may ask it to confirm, not subscribe it. */
    boolean complianceLocked;
    final Map<String, String> mergeFields = new LinkedHashMap<>();
    final Map<String, Boolean> interests = new LinkedHashMap<>();
    Instant lastChanged;

    StoredMember(String hash, String emailAddress, String status, Instant now) {
        this.hash = hash;
        this.emailAddress = emailAddress;
        this.status = status;
        this.lastChanged = now;
    }

    FakeMember view() {
        return new FakeMember(emailAddress, hash, status, mergeFields, interests, lastChanged, complianceLocked);
    }
}
