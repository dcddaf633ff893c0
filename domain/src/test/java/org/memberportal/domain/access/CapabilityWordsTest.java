package org.memberportal.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CapabilityWordsTest {

    @ParameterizedTest
    @EnumSource(PermissionLevel.class)
    void everythingALevelMayDoIsWordedAndNothingElse(PermissionLevel level) {
        assertThat(CapabilityWords.allowedFor(level)).extracting(CapabilityWords.Allowed::capability)
                .containsExactlyInAnyOrderElementsOf(CapabilityMatrix.capabilitiesOf(level));
        assertThat(CapabilityWords.allowedFor(level)).allSatisfy(allowed ->
                assertThat(allowed.text()).isNotBlank().endsWith("."));
    }

    @Test
    void everyCapabilityHasWords() {
        for (Capability capability : EnumSet.allOf(Capability.class)) {
            assertThat(CapabilityWords.of(capability, PermissionLevel.PRIMARY_OWNER)).isNotBlank();
        }
    }

    @Test
    void theStaffRowsSayUpToWhichLevel() {
        assertThat(CapabilityWords.of(Capability.REQUEST_STAFF_ACCOUNTS, PermissionLevel.MANAGER_SUPERVISOR))
                .endsWith("up to Manager/Supervisor.");
        assertThat(CapabilityWords.of(Capability.REQUEST_STAFF_ACCOUNTS, PermissionLevel.PRIMARY_OWNER))
                .endsWith("any level.");
    }
}
