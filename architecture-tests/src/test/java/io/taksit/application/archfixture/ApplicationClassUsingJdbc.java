package io.taksit.application.archfixture;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Breaks APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE: JDBC (java.sql, javax.sql). */
public final class ApplicationClassUsingJdbc {

  public Connection open(DataSource dataSource) throws SQLException {
    return dataSource.getConnection();
  }
}
