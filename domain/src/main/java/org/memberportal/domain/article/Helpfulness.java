package org.memberportal.domain.article;

/** How members rated an article: one vote per person, "helpful" or not. */
public record Helpfulness(long yes, long no) {

    public static final Helpfulness NONE = new Helpfulness(0, 0);

    public Helpfulness {
        if (yes < 0 || no < 0) {
            throw new IllegalArgumentException("votes are counted from nought");
        }
    }
}
