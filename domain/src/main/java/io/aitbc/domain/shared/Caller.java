package io.aitbc.domain.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling a service: the authenticated subject (JWT {@code sub}) and its platform roles. Passed
 * explicitly to every service operation that depends on the caller, so ownership rules are visible.
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        Subject.require(subject);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String subject, Collection<String> groups) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.ofGroup(g).ifPresent(roles::add));
        return new Caller(subject, roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Owners edit their own things; admins edit everything. */
    public boolean mayEdit(String ownerSubject) {
        return isAdmin() || subject.equals(ownerSubject);
    }
}
