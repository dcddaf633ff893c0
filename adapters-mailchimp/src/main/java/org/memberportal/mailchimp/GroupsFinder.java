package org.memberportal.mailchimp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.Mailing;
import org.memberportal.mailchimp.api.Category;
import org.memberportal.mailchimp.api.Interest;
import org.memberportal.mailchimp.api.InterestCategoriesApi;

/**
 * Finds the portal's interest category and interests by name, creating what is missing. Names
 * match regardless of case, as someone may retype them in Mailchimp's own screens.
 */
final class GroupsFinder {

    // Mailchimp lists 10 by default; an audience with more categories would hide ours.
    private static final int PAGE = 1000;

    private final InterestCategoriesApi api;
    private final String listId;
    private final GuardedCalls guarded;

    GroupsFinder(InterestCategoriesApi api, String listId, GuardedCalls guarded) {
        this.api = api;
        this.listId = listId;
        this.guarded = guarded;
    }

    AudienceGroups ensure(GroupNames names) {
        // each find-then-create is retried as a whole, so a retry after a lost answer finds what
        // the first attempt created instead of creating it twice
        String categoryId = guarded.run(() -> categoryNamed(names.category()));
        Map<Mailing, String> interestIds = new EnumMap<>(Mailing.class);
        for (Mailing mailing : Mailing.values()) {
            interestIds.put(mailing, guarded.run(() -> interestNamed(categoryId, names.interest(mailing))));
        }
        return new AudienceGroups(categoryId, interestIds);
    }

    private String categoryNamed(String title) {
        return findCategory(title).orElseGet(() -> {
            try {
                return api.createCategory(listId, Category.checkboxes(title)).id();
            } catch (AudienceRejection refused) {
                // another portal instance may have created it a moment ago
                return findCategory(title).orElseThrow(() -> refused);
            }
        });
    }

    private String interestNamed(String categoryId, String name) {
        return findInterest(categoryId, name).orElseGet(() -> {
            try {
                return api.createInterest(listId, categoryId, Interest.named(name)).id();
            } catch (AudienceRejection refused) {
                return findInterest(categoryId, name).orElseThrow(() -> refused);
            }
        });
    }

    private Optional<String> findCategory(String title) {
        return api.categories(listId, PAGE).categories().stream()
                .filter(category -> title.equalsIgnoreCase(category.title()))
                .map(Category::id)
                .findFirst();
    }

    private Optional<String> findInterest(String categoryId, String name) {
        return api.interests(listId, categoryId, PAGE).interests().stream()
                .filter(interest -> name.equalsIgnoreCase(interest.name()))
                .map(Interest::id)
                .findFirst();
    }
}
