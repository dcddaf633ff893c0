package org.memberportal.application.jobs;

import java.util.regex.Pattern;

/**
 * What the name of a job, or of a job parameter, may be: short, and safe to put in a resource
 * path or an audit line as it is.
 */
public final class JobNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private JobNames() {
    }

    public static boolean isWellFormed(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
