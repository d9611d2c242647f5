/**
 * Charts for every page: server-rendered SVG (JFreeChart drawn onto JFreeSVG), with the same numbers as a table
 * for the page to show under the chart. No JavaScript is needed to see a chart, and the SVG carries no
 * {@code style} attribute, so it renders under the pages' Content Security Policy ({@code style-src 'self'}).
 *
 * <p>Build a chart with {@link uk.retain.web.charts.CategoryChart}; show it with the {@code fragments/chart}
 * template fragment, which puts the SVG and its table together.
 */
@org.springframework.modulith.NamedInterface("charts")
package uk.retain.web.charts;
