/**
 * Charts of scenario results, drawn with JFreeChart into PNG files. Drawing needs no display:
 * {@code java.awt.headless=true} works.
 */
@NullMarked
package org.propertytrust.scenario.chart;

import org.jspecify.annotations.NullMarked;
