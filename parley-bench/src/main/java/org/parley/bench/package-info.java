/** JMH benchmarks for parley. */
package org.parley.bench;
