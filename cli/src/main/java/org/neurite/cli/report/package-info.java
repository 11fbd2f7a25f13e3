/** The HTML and PNG training report of {@code neurite train --report DIR}. */
package org.neurite.cli.report;
