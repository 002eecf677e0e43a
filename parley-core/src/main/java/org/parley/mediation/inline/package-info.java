/**
 * The computations from the methods literature that the case analyses need, each in one small class that is the
 * only call site of its method: when {@code org.parley.methods} lands, each class delegates to (or is replaced by)
 * the method of the same name there. They are kept minimal and tested on textbook numbers.
 */
package org.parley.mediation.inline;
