/**
 * The Stacked Alternating Offers Protocol, parley's first {@link org.parley.protocol.Protocol}: parties take turns
 * offering, accepting the latest offer or walking away, with GENIUS's semantics. Built through
 * {@link org.parley.protocol.SessionFactory}; {@link org.parley.protocol.saop.SaopSession} holds the rules.
 */
package org.parley.protocol.saop;
