/**
 * The single negotiating text: a mediated protocol next to SAOP. A mediator holds one text (an outcome), proposes a
 * change at each step, and every party votes on it; the text moves when the voting rule says so. At the end the
 * parties sign the text if it gives each of them at least its reservation value. See {@link
 * org.parley.protocol.snt.SingleTextSession} for the exact rules.
 */
package org.parley.protocol.snt;
