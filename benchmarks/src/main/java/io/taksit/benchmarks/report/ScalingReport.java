package io.taksit.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The scaling figures of {@code endtoend.PayBillScalingBenchmark}: per-payment time against the
 * payments already stored, as a Markdown table (each row's time as a ratio of the smallest store's)
 * and a PNG chart on a logarithmic axis of stored payments.
 *
 * <pre>{@code
 * java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar \
 *     io.taksit.benchmarks.report.ScalingReport scaling.json docs/benchmarks-scaling.png
 * }</pre>
 */
public final class ScalingReport {

  private static final String BENCHMARK = "PayBillScalingBenchmark";
  private static final String PARAM = "storedPayments";

  private ScalingReport() {}

  /** One point: payments stored beforehand, milliseconds per payment and its error. */
  record Point(long stored, double millis, double error) {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ScalingReport JMH_JSON [PNG]");
      System.exit(2);
    }
    List<Point> points = points(JmhJson.read(Path.of(args[0])));
    System.out.print(markdown(points));
    if (args.length == 2) {
      write(points, Path.of(args[1]));
    }
  }

  static List<Point> points(List<BenchmarkResult> results) {
    List<Point> points = new ArrayList<>();
    for (BenchmarkResult result : results) {
      if (result.benchmark().contains(BENCHMARK) && result.params().containsKey(PARAM)) {
        points.add(new Point(Long.parseLong(result.params().get(PARAM)),
            result.secondsPerOp() * 1_000, Units.secondsPerOp(result.scoreError(),
                result.unit()) * 1_000));
      }
    }
    points.sort(Comparator.comparingLong(Point::stored));
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no " + BENCHMARK + " result with " + PARAM);
    }
    return points;
  }

  static String markdown(List<Point> points) {
    Point first = points.get(0);
    StringBuilder table = new StringBuilder(
        "| payments stored | per payment | ± (99.9 %) | ÷ at " + format(first.stored())
            + " stored |\n|---:|---:|---:|---:|\n");
    for (Point point : points) {
      table.append(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | **%.2f×** |%n",
          format(point.stored()), point.millis(), point.error(), point.millis() / first.millis()));
    }
    return table.toString();
  }

  private static String format(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static void write(List<Point> points, Path png) {
    int width = 900;
    int height = 420;
    int left = 90;
    int right = 40;
    int top = 60;
    int bottom = 70;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    double maxMillis = points.stream().mapToDouble(p -> p.millis() + p.error()).max()
        .orElse(1) * 1.2;
    double minLog = Math.log10(points.get(0).stored()) - 0.3;
    double maxLog = Math.log10(points.get(points.size() - 1).stored()) + 0.3;
    int plotWidth = width - left - right;
    int plotHeight = height - top - bottom;
    g.setColor(new Color(0x212121));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("PayBill per payment on PostgreSQL, by payments already stored", left, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(new Color(0xe0e0e0));
    for (int i = 0; i <= 5; i++) {
      int y = top + plotHeight - i * plotHeight / 5;
      g.drawLine(left, y, left + plotWidth, y);
    }
    g.setColor(new Color(0x616161));
    for (int i = 0; i <= 5; i++) {
      int y = top + plotHeight - i * plotHeight / 5;
      g.drawString(String.format(Locale.ROOT, "%.1f ms", maxMillis * i / 5), 20, y + 4);
    }
    int previousX = -1;
    int previousY = -1;
    g.setStroke(new BasicStroke(2f));
    for (Point point : points) {
      int x = left + (int) ((Math.log10(point.stored()) - minLog) / (maxLog - minLog) * plotWidth);
      int y = top + plotHeight - (int) (point.millis() / maxMillis * plotHeight);
      int errorPixels = (int) (point.error() / maxMillis * plotHeight);
      g.setColor(new Color(0x1565c0));
      if (previousX >= 0) {
        g.drawLine(previousX, previousY, x, y);
      }
      g.fillOval(x - 5, y - 5, 10, 10);
      g.drawLine(x, y - errorPixels, x, y + errorPixels);
      g.setColor(new Color(0x212121));
      g.drawString(String.format(Locale.ROOT, "%.2f ms", point.millis()), x + 8, y - 8);
      g.drawString(format(point.stored()), x - 20, top + plotHeight + 20);
      previousX = x;
      previousY = y;
    }
    g.drawString("payments stored before the run (log scale)", left + plotWidth / 2 - 120,
        height - 20);
    g.dispose();
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write the chart " + png, unwritable);
    }
  }
}
