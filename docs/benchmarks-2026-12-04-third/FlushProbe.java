import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.*;
/**
 * What a commit that waits for the WAL flush costs on this machine, against one that does not:
 * 2,000 single-row inserts each way, three rounds, on a fresh embedded PostgreSQL with fsync and
 * synchronous_commit on. Run: java -cp benchmarks/target/benchmarks.jar FlushProbe.java
 * (docs/benchmarks.md, third pass). The first loop's rows are "plain", the second's "async".
 */
public class FlushProbe {
  public static void main(String[] a) throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").start();
         Connection c = pg.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id text primary key, v numeric)");
        ResultSet r = s.executeQuery("SHOW fsync"); r.next(); System.out.println("fsync=" + r.getString(1));
        r = s.executeQuery("SELECT version()"); r.next(); System.out.println(r.getString(1));
      }
      for (int round = 0; round < 3; round++) {
        run(c, "INSERT INTO t (id, v) VALUES (?, ?)", "plain" + round);
        run(c, "INSERT INTO t (id, v) VALUES (?, ?) RETURNING set_config('synchronous_commit', 'off', true)", "async" + round);
      }
      try (Statement s = c.createStatement()) {
        ResultSet r = s.executeQuery("SHOW synchronous_commit"); r.next(); System.out.println("after, session sync=" + r.getString(1));
      }
    }
  }
  static void run(Connection c, String sql, String tag) throws Exception {
    long walBefore = wal(c);
    long t0 = System.nanoTime();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < 2000; i++) { p.setString(1, tag + "-" + i); p.setBigDecimal(2, new java.math.BigDecimal(i)); p.execute(); }
    }
    long us = (System.nanoTime() - t0) / 2000 / 1000;
    System.out.println(tag + ": " + us + " us per insert, wal syncs " + (wal(c) - walBefore));
  }
  static long wal(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT wal_sync FROM pg_stat_wal")) { r.next(); return r.getLong(1); }
  }
}
