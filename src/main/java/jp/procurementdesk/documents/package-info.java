/**
 * Documents: files of a case (docs/contract.md, Documents), with versions, checked content types and
 * SHA-256, stored in PostgreSQL or a directory; and the documents each preparation task
 * requires. Documents are never deleted (regulatory record).
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = { "cases", "identity", "process", "shared" })
package jp.procurementdesk.documents;

import org.springframework.modulith.ApplicationModule;
