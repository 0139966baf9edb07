/**
 * Documents: files of a case (docs/contract.md, Documents), with versions, checked content types and
 * SHA-256, stored in PostgreSQL or a directory; and the documents each preparation task
 * requires. Documents are never deleted (regulatory record).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package jp.procurementdesk.documents;
