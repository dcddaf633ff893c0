package org.memberportal.mailchimp;

import java.util.Objects;

import org.memberportal.application.audience.Mailing;

/** The names the portal's interest category and its two interests have in Mailchimp. */
public record GroupNames(String category, String trainingNewsletter, String updateNotices) {

    public static final GroupNames DEFAULTS = new GroupNames("Portal mailings", "Training newsletter", "Update notices");

    public GroupNames {
        Objects.requireNonNull(category, "category name");
        Objects.requireNonNull(trainingNewsletter, "training newsletter name");
        Objects.requireNonNull(updateNotices, "update notices name");
    }

    public String interest(Mailing mailing) {
        return switch (mailing) {
            case TRAINING_NEWSLETTER -> trainingNewsletter;
            case UPDATE_NOTICES -> updateNotices;
        };
    }
}
