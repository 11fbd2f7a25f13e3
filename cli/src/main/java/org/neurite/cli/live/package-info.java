/**
 * The live page of {@code neurite train --live}: a loopback-only HTTP server (the JDK's
 * {@code com.sun.net.httpserver}) that streams training as Server-Sent Events to a page drawing the curves,
 * the decision boundaries and the findings as they arrive.
 */
package org.neurite.cli.live;
