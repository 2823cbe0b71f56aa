package io.taksit.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart of the ratios on a logarithmic axis: one bar per pair, the whisker its
 * 99.9 % range, a dashed line for its group's goal and a solid one at 1× (the baseline). Drawn
 * with Java2D, so it needs no display ({@code -Djava.awt.headless=true}).
 */
public final class RatioChart {

  private static final int WIDTH = 1100;
  private static final int LEFT = 270;
  private static final int RIGHT = 40;
  private static final int TOP = 84;
  private static final int ROW = 40;
  private static final int GROUP_GAP = 34;
  private static final int BOTTOM = 86;

  private static final Color MET = new Color(0x2e7d32);
  private static final Color MISSED = new Color(0xc62828);
  private static final Color NO_GOAL = new Color(0x78909c);
  private static final Color GOAL = new Color(0xef6c00);
  private static final Color GRID = new Color(0xe0e0e0);
  private static final Color INK = new Color(0x212121);
  private static final Color MUTED = new Color(0x616161);

  private RatioChart() {}

  /** Draws the ratios to {@code png}, with {@code subtitle} (the run's JVM and settings). */
  public static void write(List<Ratio> ratios, String subtitle, Path png) {
    BufferedImage image = draw(ratios, subtitle);
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!ImageIO.write(image, "png", png.toFile())) {
        throw new IllegalStateException("no PNG writer in this JDK");
      }
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write the chart " + png, unwritable);
    }
  }

  static BufferedImage draw(List<Ratio> ratios, String subtitle) {
    if (ratios.isEmpty()) {
      throw new IllegalArgumentException("no pair to draw");
    }
    Map<String, List<Ratio>> groups = new LinkedHashMap<>();
    for (Ratio ratio : ratios) {
      groups.computeIfAbsent(ratio.group(), g -> new ArrayList<>()).add(ratio);
    }
    int plotHeight = ratios.size() * ROW + groups.size() * GROUP_GAP;
    int height = TOP + plotHeight + BOTTOM;
    Axis axis = Axis.fitting(ratios, LEFT, WIDTH - RIGHT);

    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);

      g.setColor(INK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
      g.drawString("Taksit's cost per operation ÷ its baseline's (log scale, 1× = baseline)",
          20, 30);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.setColor(MUTED);
      g.drawString(subtitle, 20, 52);

      int plotTop = TOP;
      int plotBottom = TOP + plotHeight;
      drawGrid(g, axis, plotTop, plotBottom);

      int y = plotTop;
      for (Map.Entry<String, List<Ratio>> group : groups.entrySet()) {
        y = drawGroup(g, axis, group.getKey(), group.getValue(), y);
      }

      // The baseline line goes over the bars so "1×" stays visible.
      g.setColor(INK);
      g.setStroke(new BasicStroke(1.5f));
      g.drawLine(axis.x(1), plotTop - 6, axis.x(1), plotBottom);

      drawLegend(g, plotBottom + 50);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void drawGrid(Graphics2D g, Axis axis, int top, int bottom) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics metrics = g.getFontMetrics();
    for (double tick : axis.ticks()) {
      int x = axis.x(tick);
      g.setColor(GRID);
      g.drawLine(x, top - 6, x, bottom);
      g.setColor(MUTED);
      String label = Figures.goal(tick);
      g.drawString(label, x - metrics.stringWidth(label) / 2, bottom + 16);
    }
    g.setColor(INK);
    g.drawLine(LEFT, bottom, WIDTH - RIGHT, bottom);
  }

  private static int drawGroup(Graphics2D g, Axis axis, String group, List<Ratio> rows, int top) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.setColor(INK);
    g.drawString(group + Goals.forGroup(group).map(gl -> " — goal: " + gl.meaning())
        .orElse(" — no goal yet"), 20, top + 22);
    int y = top + GROUP_GAP;
    Optional<Goals.Goal> previous = Optional.empty();
    for (Ratio ratio : rows) {
      drawRow(g, axis, ratio, y);
      Optional<Goals.Goal> goal = ratio.goal();
      if (goal.isPresent()) {
        drawGoal(g, axis, goal.get(), y, !goal.equals(previous));
      }
      previous = goal;
      y += ROW;
    }
    return y;
  }

  private static void drawGoal(Graphics2D g, Axis axis, Goals.Goal goal, int top,
      boolean labelled) {
    int x = axis.x(goal.maxRatio());
    Stroke previous = g.getStroke();
    g.setColor(GOAL);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    g.drawLine(x, top + 2, x, top + ROW - 2);
    g.setStroke(previous);
    if (labelled) {
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
      g.drawString("goal " + Figures.goal(goal.maxRatio()), x + 4, top - 2);
    }
  }

  private static void drawRow(Graphics2D g, Axis axis, Ratio ratio, int top) {
    int barTop = top + 8;
    int barHeight = ROW - 18;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(INK);
    FontMetrics metrics = g.getFontMetrics();
    String label = ratio.label();
    g.drawString(label, LEFT - 12 - metrics.stringWidth(label), barTop + barHeight - 5);

    Color color = ratio.goalMet().map(met -> met ? MET : MISSED).orElse(NO_GOAL);
    int end = axis.x(ratio.value());
    g.setColor(color);
    g.fillRect(LEFT, barTop, Math.max(1, end - LEFT), barHeight);

    double[] range = ratio.range();
    if (!Double.isNaN(range[0]) && !Double.isNaN(range[1])) {
      int low = axis.x(range[0]);
      int high = axis.x(Math.min(range[1], axis.max()));
      int middle = barTop + barHeight / 2;
      g.setColor(INK);
      g.drawLine(low, middle, high, middle);
      g.drawLine(low, middle - 5, low, middle + 5);
      g.drawLine(high, middle - 5, high, middle + 5);
    }

    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    g.setColor(INK);
    String value = Figures.ratio(ratio.value());
    int textX = Math.max(end, axis.x(Double.isNaN(range[1]) ? ratio.value()
        : Math.min(range[1], axis.max()))) + 8;
    if (textX + g.getFontMetrics().stringWidth(value) > WIDTH - 4) {
      textX = end - 8 - g.getFontMetrics().stringWidth(value);
      g.setColor(Color.WHITE);
    }
    g.drawString(value, textX, barTop + barHeight - 6);
  }

  private static void drawLegend(Graphics2D g, int y) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int x = 20;
    x = legendSwatch(g, x, y, MET, "goal met");
    x = legendSwatch(g, x, y, MISSED, "goal missed");
    x = legendSwatch(g, x, y, NO_GOAL, "no goal (diagnosis, or not set yet)");
    g.setColor(GOAL);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    g.drawLine(x, y - 5, x + 24, y - 5);
    g.setStroke(new BasicStroke(1f));
    g.setColor(INK);
    g.drawString("goal", x + 30, y);
    x += 80;
    g.drawLine(x, y - 5, x + 24, y - 5);
    g.drawString("whisker: 99.9 % range from JMH's score errors", x + 30, y);
  }

  private static int legendSwatch(Graphics2D g, int x, int y, Color color, String text) {
    g.setColor(color);
    g.fillRect(x, y - 11, 14, 12);
    g.setColor(INK);
    g.drawString(text, x + 20, y);
    return x + 40 + g.getFontMetrics().stringWidth(text);
  }

  /** A log10 axis from below 1× to a round power of ten above every ratio, range and goal. */
  private record Axis(double min, double max, int left, int right) {

    static Axis fitting(List<Ratio> ratios, int left, int right) {
      double highest = 2;
      double lowest = 1;
      for (Ratio ratio : ratios) {
        highest = Math.max(highest, finiteOr(ratio.range()[1], ratio.value()));
        highest = Math.max(highest, ratio.value());
        lowest = Math.min(lowest, finiteOr(ratio.range()[0], ratio.value()));
        lowest = Math.min(lowest, ratio.value());
        double goal = ratio.goal().map(Goals.Goal::maxRatio).orElse(1.0);
        highest = Math.max(highest, goal);
      }
      double max = Math.pow(10, Math.ceil(Math.log10(highest * 1.15)));
      double min = Math.pow(10, Math.floor(Math.log10(lowest * 0.9) * 2) / 2);
      return new Axis(Math.min(min, 0.5), max, left, right);
    }

    private static double finiteOr(double value, double otherwise) {
      return Double.isNaN(value) || Double.isInfinite(value) || value <= 0 ? otherwise : value;
    }

    int x(double ratio) {
      double clamped = Math.max(min, Math.min(max, ratio));
      double share = (Math.log10(clamped) - Math.log10(min))
          / (Math.log10(max) - Math.log10(min));
      return left + (int) Math.round(share * (right - left));
    }

    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max;
          decade *= 10) {
        for (double step : new double[] {1, 2, 5}) {
          double tick = decade * step;
          if (tick >= min * 0.999 && tick <= max * 1.001) {
            ticks.add(tick);
          }
        }
      }
      return ticks;
    }
  }
}
