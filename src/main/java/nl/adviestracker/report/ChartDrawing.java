package nl.adviestracker.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.adviestracker.response.Stance;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report's figures as SVG documents with JFreeChart and JFreeSVG. Each chart is its own
 * document, shown in an {@code <img>}: JFreeSVG writes {@code style} attributes, which the pages' CSP
 * would block inside the page but which are harmless in an image without scripts. Pure: figures in,
 * SVG text out. No axis carries a rotated label (JFreeSVG would write it as outlines, not text): the
 * page's caption above each chart says what it measures.
 */
final class ChartDrawing {

    static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xd0d0d0);
    private static final Color TEXT = new Color(0x1a1a1a);

    /** The colours of the reports' bars and legend (reports.css), so the chart and the page agree. */
    private static final Map<Stance, Color> STANCE_COLOURS = Map.of(
            Stance.ADOPTED, new Color(0x2e7d32),
            Stance.PARTLY_ADOPTED, new Color(0x9ccc65),
            Stance.NOT_ADOPTED, new Color(0xc62828),
            Stance.ALREADY_POLICY, new Color(0x1565c0),
            Stance.NOTED, new Color(0x9e9e9e),
            Stance.TAKEN_INTO_ACCOUNT, new Color(0xf9a825),
            Stance.REFERRED, new Color(0x6a1b9a));

    private static final Color RECEIVED = new Color(0x1565c0);
    private static final Color ANSWERED = new Color(0x2e7d32);
    private static final Color LATE = new Color(0xc62828);
    private static final Color UNDATED = new Color(0x9e9e9e);

    private ChartDrawing() {}

    /** Bars per quarter: advices received and advices answered. */
    static String advices(QuarterTrend trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (QuarterTrend.Row row : trend.rows()) {
            data.addValue(row.received(), "Ontvangen", row.quarter().dutch());
            data.addValue(row.answered(), "Beantwoord", row.quarter().dutch());
        }
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = bars(chart, RECEIVED, ANSWERED);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits(DUTCH));
        return svg(chart, HEIGHT);
    }

    /** Bars per quarter: the share of the answers sent on time, 0 to 100%; no bar where nothing was answered. */
    static String onTime(QuarterTrend trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (QuarterTrend.Row row : trend.rows()) {
            data.addValue(
                    row.onTimeShare() == null ? null : row.onTimeShare() * 100,
                    "Op tijd beantwoord",
                    row.quarter().dutch());
        }
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = bars(chart, ANSWERED);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(DUTCH)));
        return svg(chart, HEIGHT);
    }

    /** A line per quarter: the median number of days from receipt to answer. */
    static String medianDays(QuarterTrend trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (QuarterTrend.Row row : trend.rows()) {
            data.addValue(
                    row.medianDaysToAnswer(),
                    "Mediaan dagen tot antwoord",
                    row.quarter().dutch());
        }
        JFreeChart chart =
                ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = plot(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, RECEIVED);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits(DUTCH));
        return svg(chart, HEIGHT);
    }

    /** One stacked bar per group: the stances' shares of the answered points, 0 to 100%. */
    static String stances(List<StanceRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StanceRow row : rows) {
            for (ReportRow.StanceShare share : row.stances()) {
                data.addValue(share.share() == null ? 0 : share.share() * 100, share.dutch(), row.group());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false);
        Stance[] stances = Stance.values();
        Paint[] colours = new Paint[stances.length];
        for (int i = 0; i < stances.length; i++) {
            colours[i] = STANCE_COLOURS.get(stances[i]);
        }
        CategoryPlot plot = bars(chart, colours);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(DUTCH)));
        return svg(chart, 160 + 36 * Math.max(1, rows.size()));
    }

    /** One stacked bar per age band: late, on schedule and undated open follow-ups. */
    static String followUpAges(FollowUpAges ages) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FollowUpAges.Band band : ages.total() == 0 ? List.<FollowUpAges.Band>of() : ages.bands()) {
            data.addValue(band.overdue(), "Te laat", band.label());
            data.addValue(band.onSchedule(), "Op schema", band.label());
            data.addValue(band.undated(), "Zonder datum", band.label());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, "Leeftijd", null, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = bars(chart, LATE, ANSWERED, UNDATED);
        plot.setNoDataMessage("Geen open toezeggingen");
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits(DUTCH));
        return svg(chart, HEIGHT);
    }

    private static CategoryPlot bars(JFreeChart chart, Paint... colours) {
        CategoryPlot plot = plot(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        return plot;
    }

    private static CategoryPlot plot(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 14f));
        theme.setRegularFont(FONT);
        theme.setSmallFont(FONT.deriveFont(12f));
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("Nog geen gegevens");
        plot.setNoDataMessageFont(FONT);
        CategoryAxis categories = plot.getDomainAxis();
        if (plot.getOrientation() == PlotOrientation.VERTICAL
                && plot.getDataset().getColumnCount() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categories.setCategoryMargin(0.2);
        categories.setMaximumCategoryLabelLines(2);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return plot;
    }

    private static String svg(JFreeChart chart, int height) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        // no DOCTYPE (as getSVGDocument writes): SVG needs none, and a parser would fetch the DTD
        // a viewBox, so the image scales down on a narrow screen instead of being cut off
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null)
                + "\n";
    }
}
