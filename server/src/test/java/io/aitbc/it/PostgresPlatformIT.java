package io.aitbc.it;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform on a real PostgreSQL 17 (embedded binaries on 127.0.0.1), its JDBC driver in the server's lib. */
class PostgresPlatformIT extends PlatformContract {

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.on(PlatformServer.Database.POSTGRESQL);

    @Override
    PlatformServer platform() {
        return PLATFORM;
    }
}
