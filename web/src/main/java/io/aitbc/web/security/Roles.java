package io.aitbc.web.security;

/** Role names as they appear in @RolesAllowed (the JWT groups). */
public final class Roles {

    public static final String OWNER = "owner";
    public static final String CONSUMER = "consumer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
