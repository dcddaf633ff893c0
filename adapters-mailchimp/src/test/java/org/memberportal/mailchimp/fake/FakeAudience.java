package org.memberportal.mailchimp.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One audience of the fake and Mailchimp's rules for it, as Mailchimp's documentation gives them: members by
 * subscriber hash, the statuses the API may and may not set, the compliance state after an
 * unsubscribe through Mailchimp or a clean, forgotten addresses, archiving, and the groups.
 * One lock guards it all: the fake is for correctness, not for speed.
 */
final class FakeAudience {

    static final Set<String> SETTABLE_STATUSES = Set.of("subscribed", "unsubscribed", "pending", "transactional");
    private static final Set<String> NOT_ARCHIVABLE = Set.of("pending", "cleaned", "archived");

    enum WriteMode {
        /** {@code POST /lists/{id}/members}: new members only. */
        CREATE,
        /** {@code PUT /lists/{id}/members/{hash}}: {@code status_if_new} for new members, {@code status} for others. */
        PUT,
        /** A batch subscribe without {@code update_existing}. */
        BATCH_NEW_ONLY,
        /** A batch subscribe with {@code update_existing: true}. */
        BATCH_UPSERT
    }

    record Written(FakeMember member, boolean created) {
    }

    record Category(String id, String title, String type, Map<String, String> interests) {
    }

    record Page(List<FakeMember> members, int total) {
    }

    record MergeField(int id, String tag, String name, String type) {
    }

    /** Mailchimp's limits: a tag of at most 10 characters, a text value of at most 255. */
    static final int MAX_TAG = 10;
    static final int MAX_TEXT_VALUE = 255;

    final String id;
    final String name;
    private final Clock clock;
    private final Predicate<String> looksFake;
    private final Map<String, StoredMember> members = new LinkedHashMap<>();
    private final Set<String> forgotten = new HashSet<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    /** Merge fields by tag: FNAME and LNAME come with every audience. */
    private final Map<String, MergeField> mergeFields = new LinkedHashMap<>();
    /** Counts the changes to members, so that a kept filter result is known to be stale. */
    private long changes;
    private Filter lastFilter;
    private List<StoredMember> lastMatching;

    FakeAudience(String id, String name, Clock clock, Predicate<String> looksFake) {
        this.id = id;
        this.name = name;
        this.clock = clock;
        this.looksFake = looksFake;
        mergeFields.put("FNAME", new MergeField(1, "FNAME", "First Name", "text"));
        mergeFields.put("LNAME", new MergeField(2, "LNAME", "Last Name", "text"));
    }

    /** Mailchimp's subscriber hash, computed here on its own so the client's is checked, not copied. */
    static String hashOf(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- members through the API

    synchronized Written write(String pathHash, MemberWrite write, WriteMode mode) {
        String email = write.emailAddress();
        String hash = mode == WriteMode.PUT ? pathHash : hashOf(requireEmail(email));
        if (mode == WriteMode.PUT && email != null && !hashOf(email).equals(pathHash)) {
            throw MailchimpError.invalid("The subscriber hash in the URL does not match the email address.");
        }
        if (forgotten.contains(hash)) {
            throw MailchimpError.forgotten(email == null ? hash : email);
        }
        requireKnownInterests(write.interests());
        requireShortValues(write.mergeFields());
        StoredMember existing = members.get(hash);
        if (existing == null) {
            return new Written(create(hash, requireEmail(email), write, mode).view(), true);
        }
        if (mode == WriteMode.CREATE) {
            throw MailchimpError.memberExists(existing.emailAddress);
        }
        if (mode == WriteMode.BATCH_NEW_ONLY) {
            throw MailchimpError.contactExists(existing.emailAddress);
        }
        boolean changed = write.status() != null && changeStatus(existing, write.status());
        changed |= mergeInto(existing.mergeFields, write.mergeFields());
        changed |= mergeInto(existing.interests, write.interests());
        if (changed) {
            existing.lastChanged = now();
        }
        return new Written(existing.view(), false);
    }

    synchronized Optional<FakeMember> member(String hash) {
        return Optional.ofNullable(members.get(hash)).map(StoredMember::view);
    }

    /** Members in the order they joined, filtered as {@code GET .../members} filters them. */
    synchronized Page page(Instant changedAfter, String status, int count, int offset) {
        List<StoredMember> matching = matching(changedAfter, status);
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + count, matching.size());
        // only the page's members are copied: copying every match for each page made a paged read quadratic
        List<FakeMember> page = new ArrayList<>(to - from);
        matching.subList(from, to).forEach(member -> page.add(member.view()));
        return new Page(page, matching.size());
    }

    /**
     * The members a filter matches, kept while nothing changes: a client reads a filter page after
     * page, and filtering the whole audience again for each page made a read of N members cost N
     * squared over the page size.
     */
    private List<StoredMember> matching(Instant changedAfter, String status) {
        Filter filter = new Filter(changedAfter, status, changes);
        if (!filter.equals(lastFilter)) {
            lastMatching = members.values().stream()
                    .filter(member -> changedAfter == null || member.lastChanged.isAfter(changedAfter))
                    .filter(member -> status == null || status.equals(member.status))
                    .toList();
            lastFilter = filter;
        }
        return lastMatching;
    }

    private record Filter(Instant changedAfter, String status, long changes) {
    }

    /** {@code DELETE}: archives; pending, cleaned and archived members cannot be archived. */
    synchronized void archive(String hash) {
        StoredMember member = existing(hash);
        if (NOT_ARCHIVABLE.contains(member.status)) {
            throw MailchimpError.methodNotAllowed("This list member cannot be archived because it is " + member.status
                    + ".", "GET, PUT");
        }
        member.statusBeforeArchive = member.status;
        member.status = "archived";
        member.lastChanged = now();
    }

    /** {@code delete-permanent}: gone, and the address may never be added by the API again. */
    synchronized void deletePermanently(String hash) {
        existing(hash);
        members.remove(hash);
        changes++;
        forgotten.add(hash);
    }

    synchronized void requireMember(String hash) {
        existing(hash);
    }

    synchronized int size() {
        return members.size();
    }

    synchronized List<FakeMember> members() {
        return members.values().stream().map(StoredMember::view).toList();
    }

    // ---- what people and Mailchimp itself do

    /** Someone subscribes this address through the audience's hosted sign-up form. */
    synchronized void subscribeViaSignupForm(String email) {
        write(hashOf(email), new MemberWrite(email, "subscribed", null, Map.of(), Map.of()),
                WriteMode.PUT);
    }

    synchronized void unsubscribeViaFooterLink(String email) {
        StoredMember member = existingByEmail(email);
        member.status = "unsubscribed";
        member.complianceLocked = true;
        member.lastChanged = now();
    }

    synchronized void clean(String email) {
        StoredMember member = existingByEmail(email);
        member.status = "cleaned";
        member.complianceLocked = true;
        member.lastChanged = now();
    }

    /** The person clicks the link in the double opt-in e-mail. */
    synchronized void confirmOptIn(String email) {
        StoredMember member = existingByEmail(email);
        if (!"pending".equals(member.status)) {
            throw new IllegalStateException(email + " is " + member.status + ", not pending");
        }
        member.status = "subscribed";
        member.complianceLocked = false;
        member.lastChanged = now();
    }

    // ---- groups

    synchronized List<Category> categories() {
        return List.copyOf(categories.values());
    }

    synchronized Category createCategory(String title, String type) {
        if (title == null || title.isBlank()) {
            throw MailchimpError.invalidField("title", "This value should not be blank.");
        }
        if (!Set.of("checkboxes", "dropdown", "radio", "hidden").contains(type)) {
            throw MailchimpError.invalidField("type", "Value is not one of enum values: checkboxes, dropdown, radio, hidden");
        }
        if (categories.values().stream().anyMatch(category -> category.title().equalsIgnoreCase(title))) {
            throw MailchimpError.invalid("Cannot add \"" + title + "\" because it already exists on the list.");
        }
        Category category = new Category(newId(), title, type, new LinkedHashMap<>());
        categories.put(category.id(), category);
        return category;
    }

    synchronized Map<String, String> interests(String categoryId) {
        return Map.copyOf(category(categoryId).interests());
    }

    /** Creates an interest; answers its id. */
    synchronized String createInterest(String categoryId, String interestName) {
        Category category = category(categoryId);
        if (interestName == null || interestName.isBlank()) {
            throw MailchimpError.invalidField("name", "This value should not be blank.");
        }
        if (category.interests().values().stream().anyMatch(existing -> existing.equalsIgnoreCase(interestName))) {
            throw MailchimpError.invalid("Cannot add \"" + interestName + "\" because it already exists on the list.");
        }
        String interestId = newId();
        category.interests().put(interestId, interestName);
        return interestId;
    }

    /** Every interest of the audience: Mailchimp shows each member's choice for all of them. */
    synchronized Set<String> interestIds() {
        Set<String> ids = new HashSet<>();
        categories.values().forEach(category -> ids.addAll(category.interests().keySet()));
        return ids;
    }

    // ---- merge fields

    synchronized List<MergeField> mergeFields() {
        return List.copyOf(mergeFields.values());
    }

    synchronized MergeField createMergeField(String tag, String name, String type) {
        if (name == null || name.isBlank()) {
            throw MailchimpError.invalidField("name", "This value should not be blank.");
        }
        if (!Set.of("text", "number", "address", "phone", "date", "url", "imageurl", "radio", "dropdown", "birthday",
                "zip").contains(type)) {
            throw MailchimpError.invalidField("type", "Value is not one of enum values: text, number, address, phone, "
                    + "date, url, imageurl, radio, dropdown, birthday, zip");
        }
        if (tag == null || tag.isBlank() || tag.length() > MAX_TAG) {
            throw MailchimpError.invalidField("tag", "This value should have " + MAX_TAG + " characters or less.");
        }
        String key = tag.toUpperCase(Locale.ROOT);
        if (mergeFields.containsKey(key)) {
            throw MailchimpError.invalid("A Merge Field with the tag \"" + key + "\" already exists for this list.");
        }
        MergeField field = new MergeField(mergeFields.size() + 1, key, name, type);
        mergeFields.put(key, field);
        return field;
    }

    // ---- the rules

    /** A text merge field's value is at most 255 characters; Mailchimp refuses the member otherwise. */
    private static void requireShortValues(Map<String, String> values) {
        values.forEach((tag, value) -> {
            if (value.length() > MAX_TEXT_VALUE) {
                throw MailchimpError.invalidField("merge_fields." + tag, "Value must be " + MAX_TEXT_VALUE
                        + " characters or less.");
            }
        });
    }

    private StoredMember create(String hash, String email, MemberWrite write, WriteMode mode) {
        String field = mode == WriteMode.PUT ? "status_if_new" : "status";
        String status = mode == WriteMode.PUT ? write.statusIfNew() : write.status();
        if (status == null) {
            throw MailchimpError.invalidField(field, "This value should not be blank.");
        }
        requireSettable(field, status);
        if (looksFake.test(email)) {
            throw MailchimpError.looksFake(email);
        }
        StoredMember member = new StoredMember(hash, email, status, now());
        interestIds().forEach(interestId -> member.interests.put(interestId, false));
        mergeInto(member.mergeFields, write.mergeFields());
        mergeInto(member.interests, write.interests());
        members.put(hash, member);
        return member;
    }

    /**
     * Mailchimp's rule of consent: a member who left through Mailchimp or was cleaned is not
     * subscribed again by the API; asking them to confirm (pending) is allowed.
     */
    private boolean changeStatus(StoredMember member, String status) {
        requireSettable("status", status);
        if (status.equals(member.status)) {
            return false;
        }
        if (status.equals("subscribed") && member.complianceLocked) {
            throw MailchimpError.complianceState(member.emailAddress);
        }
        member.status = status;
        member.statusBeforeArchive = null;
        return true;
    }

    private static void requireSettable(String field, String status) {
        if (!SETTABLE_STATUSES.contains(status)) {
            throw MailchimpError.invalidField(field, "Value is not one of enum values: " + String.join(", ",
                    List.of("subscribed", "unsubscribed", "pending", "transactional")));
        }
    }

    private void requireKnownInterests(Map<String, Boolean> chosen) {
        Set<String> known = interestIds();
        for (String interestId : chosen.keySet()) {
            if (!known.contains(interestId)) {
                throw MailchimpError.invalid("Invalid interest ID: '" + interestId + "'.");
            }
        }
    }

    private static String requireEmail(String email) {
        if (email == null || email.isBlank()) {
            throw MailchimpError.invalidField("email_address", "This value should not be blank.");
        }
        return email.strip();
    }

    private static <V> boolean mergeInto(Map<String, V> target, Map<String, V> changes) {
        boolean changed = false;
        for (Map.Entry<String, V> change : changes.entrySet()) {
            changed |= !change.getValue().equals(target.put(change.getKey(), change.getValue()));
        }
        return changed;
    }

    private StoredMember existing(String hash) {
        StoredMember member = members.get(hash);
        if (member == null) {
            throw MailchimpError.notFound();
        }
        return member;
    }

    private StoredMember existingByEmail(String email) {
        StoredMember member = members.get(hashOf(email));
        if (member == null) {
            throw new IllegalArgumentException("no member " + email + " in the fake audience");
        }
        return member;
    }

    private Category category(String categoryId) {
        Category category = categories.get(categoryId);
        if (category == null) {
            throw MailchimpError.notFound();
        }
        return category;
    }

    /** The time of a change to a member: each change to a member asks for it. */
    private Instant now() {
        changes++;
        // Mailchimp's times go to the second
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
