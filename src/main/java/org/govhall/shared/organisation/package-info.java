/**
 * What the kernel knows of the organisation without depending on identity: the department directory's names.
 */
package org.govhall.shared.organisation;
