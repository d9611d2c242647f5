package uk.retain.web.charts;

/**
 * A rendered chart: its SVG markup, ready to inline in a page, and the same numbers as a table.
 *
 * @param id    the id of the chart's figure in the page; the SVG's title is {@code id + "-title"}
 * @param title what the chart shows, also the SVG's accessible name
 * @param svg   an {@code <svg role="img">} element labelled by its {@code <title>}, without {@code style} attributes
 * @param table the chart's numbers
 */
public record Chart(String id, String title, String svg, ChartTable table) {
}
