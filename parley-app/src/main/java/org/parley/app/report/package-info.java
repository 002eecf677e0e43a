/**
 * The human-readable documents of the jobs: text reports, Markdown and self-contained HTML case reports, traces,
 * the tournament summary, and charts (XChart; PNG or SVG written to a stream).
 */
package org.parley.app.report;
