package org.memberportal.application.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.memberportal.domain.access.PermissionLevel;

/**
 * Who must sign in with a second factor (RULES.md, second factor): the setting
 * {@code PORTAL_SECOND_FACTOR_REQUIRED}, a comma-separated list of {@code AGENT} and levels
 * (its default is in the configuration), or {@code none}.
 *
 * <p>A stand-in until the second factor (TOTP) is built: nobody has one on yet, so the state it
 * gives says {@code enabled: false}; the TOTP work replaces this class and reads the real state.
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

    /** A member's state at this level; an agent's when {@code level} is null. */
    public State stateOf(PermissionLevel level) {
        return new State(false, level == null ? agents : levels.contains(level));
    }
}
