package io.aitbc.domain.shared;

import java.util.Locale;
import java.util.Optional;

/** The platform's roles, carried as JWT groups "owner", "consumer", "admin". */
public enum Role {
    /** registers and lists models */
    OWNER,
    /** runs inference on listed models */
    CONSUMER,
    /** operates the platform; may edit anything */
    ADMIN;

    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofGroup(String group) {
        for (Role r : values()) {
            if (r.groupName().equals(group)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
