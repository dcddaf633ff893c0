package org.memberportal.application.secondfactor;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.identity.Caller;

/**
 * Who must sign in with a second factor (docs/rules.md, second factor): the setting
 * {@code PORTAL_SECOND_FACTOR_REQUIRED}, a comma-separated list of {@code AGENT} and levels
 * (its default is in the configuration), or {@code none}. Whoever it names and has none on yet may
 * only enrol; everyone else may switch one on and off as they like.
 */
public final class SecondFactorPolicy {

    /** What the profile shows: whether the caller has a second factor on, and whether they must. */
    public record State(boolean enabled, boolean required) {
    }

    private final boolean agents;
    private final Set<PermissionLevel> levels;

    private SecondFactorPolicy(boolean agents, Set<PermissionLevel> levels) {
        this.agents = agents;
        this.levels = levels;
    }

    /** Reads the setting; an unknown name is refused, so a typo cannot switch the second factor off. */
    public static SecondFactorPolicy parse(String setting) {
        String text = setting.strip();
        Set<PermissionLevel> levels = EnumSet.noneOf(PermissionLevel.class);
        boolean agents = false;
        if (!text.equalsIgnoreCase("none")) {
            for (String part : text.split(",")) {
                String name = part.strip().toUpperCase(Locale.ROOT);
                if (name.equals("AGENT")) {
                    agents = true;
                } else {
                    levels.add(PermissionLevel.valueOf(name));
                }
            }
        }
        return new SecondFactorPolicy(agents, levels);
    }

    /** Whether this caller must have a second factor, at the level they have now. */
    public boolean requires(Caller caller) {
        if (caller instanceof Caller.Member member) {
            return levels.contains(member.level());
        }
        return agents;
    }
}
