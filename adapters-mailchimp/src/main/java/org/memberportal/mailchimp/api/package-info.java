/**
 * Mailchimp Marketing API v3 as it is on the wire: MicroProfile Rest Client interfaces and the
 * JSON bodies they carry, named as Mailchimp names them. Nothing outside this adapter sees them.
 */
package org.memberportal.mailchimp.api;
